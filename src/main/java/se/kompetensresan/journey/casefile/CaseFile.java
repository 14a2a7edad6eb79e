package se.kompetensresan.journey.casefile;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyRecorder;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The case file of a company's latest journey: its timeline (our events, the engine's completed tasks and fired
 * timers), comments and attachments. Every method checks that the current user may see the company.
 */
@Service
@Transactional
public class CaseFile {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFile.class);
    private static final Set<String> TIMER_TYPES = Set.of("intermediateTimer", "boundaryTimer");
    static final int MAX_COMMENT = 4000;

    private final JourneyService journeys;
    private final JourneyRecorder recorder;
    private final JourneyEventRepository events;
    private final JourneyCommentRepository comments;
    private final JourneyAttachmentRepository attachments;
    private final HistoryService history;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserService users;
    private final TrainingService trainings;

    CaseFile(JourneyService journeys, JourneyRecorder recorder, JourneyEventRepository events,
             JourneyCommentRepository comments, JourneyAttachmentRepository attachments, HistoryService history,
             CompanyService companies, CurrentUser currentUser, Clock clock, TrainingService trainings,
             UserService users) {
        this.trainings = trainings;
        this.users = users;
        this.journeys = journeys;
        this.recorder = recorder;
        this.events = events;
        this.comments = comments;
        this.attachments = attachments;
        this.history = history;
        this.companies = companies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Our events, the engine's completed tasks and fired timers of the company's latest journey, oldest first.
     * A company user does not see the coaches' notes ({@link JourneyEventType#isCoachNote()}).
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long companyId) {
        UserAccount u = companies.requireAccess(companyId);
        Optional<JourneyInfo> j = journeys.journeyOf(companyId);
        if (j.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (JourneyEvent e : events.findByJourneyIdOrderByAtAscIdAsc(j.get().id())) {
            out.add(e.toEntry(u.is(Role.COMPANY) && e.type.isCoachNote()));
        }
        nameCoursesOfOlderEntries(out);
        String processInstanceId = j.get().processInstanceId();
        if (processInstanceId != null) {
            List<HistoricActivityInstance> timers = history.createHistoricActivityInstanceQuery()
                    .processInstanceId(processInstanceId).finished().list().stream()
                    .filter(a -> TIMER_TYPES.contains(a.getActivityType()) && a.getEndTime() != null && !a.isCanceled())
                    .toList();
            Map<HistoricActivityInstance, String> courses = coursesOfTrainingTimers(processInstanceId, timers);
            for (HistoricActivityInstance a : timers) {
                String course = courses.get(a);
                out.add(new TimelineEntry(a.getEndTime().toInstant(), JourneyRecorder.SYSTEM, JourneyEventType.TIMER_FIRED,
                        course == null ? List.of(a.getActivityId()) : List.of(a.getActivityId(), course), null));
            }
        }
        List<HistoricTaskInstance> finished = history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(j.get().caseNumber()).processDefinitionKey(JourneyProcess.PROCESS_ID)
                .finished().list();
        // the engine's assignee is the user's id; the timeline's actors are usernames, as JourneyRecorder records them
        Map<String, String> usernames = users.usernamesOfAssignees(finished.stream().map(HistoricTaskInstance::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        for (HistoricTaskInstance t : finished) {
            String actor = t.getAssignee() == null ? null : usernames.getOrDefault(t.getAssignee(), t.getAssignee());
            if ("completed".equals(t.getDeleteReason()) && !recordedByUs(out, t, actor)) {
                out.add(new TimelineEntry(t.getEndTime().toInstant(), actor == null ? JourneyRecorder.SYSTEM : actor,
                        JourneyEventType.TASK_COMPLETED, List.of(t.getTaskDefinitionKey()), null));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::at));
        return out;
    }

    private static final Set<JourneyEventType> TRAINING_EVENTS = Set.of(JourneyEventType.TRAINING_BOOKED,
            JourneyEventType.ATTENDANCE_REPORTED, JourneyEventType.ATTENDANCE_APPROVED);

    /** Training entries recorded before the course name was kept get it from training (one query for all). */
    private void nameCoursesOfOlderEntries(List<TimelineEntry> entries) {
        Set<Long> ids = new java.util.HashSet<>();
        for (TimelineEntry e : entries) {
            if (TRAINING_EVENTS.contains(e.type()) && e.arguments().size() == 1 && e.argument(0).matches("\\d{1,18}")) {
                ids.add(Long.parseLong(e.argument(0)));
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, String> names = trainings.courseNames(ids);
        entries.replaceAll(e -> {
            if (TRAINING_EVENTS.contains(e.type()) && e.arguments().size() == 1 && e.argument(0).matches("\\d{1,18}")) {
                String name = names.get(Long.parseLong(e.argument(0)));
                return name == null ? e : new TimelineEntry(e.at(), e.actor(), e.type(), List.of(e.argument(0), name), e.note());
            }
            return e;
        });
    }

    /**
     * The course each "training has ended" timer waited for: the training activity id is a variable of that
     * multi-instance instance (its execution, or the scope the timer ran in), read from the engine's history in one
     * query, the names from training in another.
     */
    private Map<HistoricActivityInstance, String> coursesOfTrainingTimers(String processInstanceId,
                                                                           List<HistoricActivityInstance> timers) {
        List<HistoricActivityInstance> training = timers.stream()
                .filter(a -> JourneyProcess.TIMER_TRAINING_ENDED.equals(a.getActivityId())).toList();
        if (training.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> byScope = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(JourneyProcess.Var.TRAINING_ACTIVITY_ID).list().forEach(v -> {
                    if (v.getValue() instanceof Number n) {
                        byScope.put(v.getExecutionId(), n.longValue());
                        byScope.put(v.getActivityInstanceId(), n.longValue());
                    }
                });
        Map<HistoricActivityInstance, Long> activityOf = new HashMap<>();
        for (HistoricActivityInstance a : training) {
            Long id = byScope.getOrDefault(a.getExecutionId(), byScope.get(a.getParentActivityInstanceId()));
            if (id != null) {
                activityOf.put(a, id);
            }
        }
        Map<Long, String> names = trainings.courseNames(Set.copyOf(activityOf.values()));
        Map<HistoricActivityInstance, String> out = new HashMap<>();
        activityOf.forEach((a, id) -> {
            if (names.containsKey(id)) {
                out.put(a, names.get(id));
            }
        });
        return out;
    }

    /** True when one of our own events already tells of the completed task (same actor, within seconds). */
    private static boolean recordedByUs(List<TimelineEntry> ours, HistoricTaskInstance t, String actor) {
        Instant end = t.getEndTime().toInstant();
        return actor != null && ours.stream().anyMatch(e -> actor.equals(e.actor())
                && e.type() != JourneyEventType.TASK_ASSIGNED
                && Math.abs(Duration.between(e.at(), end).toMillis()) < 5_000);
    }

    // ---- comments

    /** The comments of the company's latest journey; a company user never sees internal ones. */
    @Transactional(readOnly = true)
    public List<CommentInfo> comments(long companyId) {
        UserAccount u = companies.requireAccess(companyId);
        return journeys.journeyOf(companyId).map(j -> comments.findByJourneyIdOrderByAtAscIdAsc(j.id()).stream()
                        .filter(c -> !(c.internal && u.is(Role.COMPANY)))
                        .map(CaseFile::toInfo).toList())
                .orElse(List.of());
    }

    /** Adds a comment to the company's latest journey; only coaches, managers and admins may mark it internal. */
    public CommentInfo addComment(long companyId, String body, boolean internal) {
        UserAccount u = companies.requireAccess(companyId);
        if (internal && u.is(Role.COMPANY)) {
            throw currentUser.refused(u.username() + " tried an internal comment on company " + companyId);
        }
        String text = TextRules.required(body, MAX_COMMENT, "journey.comment.error.empty", "journey.comment.error.tooLong");
        JourneyInfo j = journeys.journeyOf(companyId).orElseThrow(() -> new UserMessageException("journey.error.noJourney"));
        JourneyComment c = new JourneyComment();
        c.journeyId = j.id();
        c.at = clock.instant();
        c.author = u.username();
        c.authorRole = u.role().name();
        c.internal = internal;
        c.body = text;
        comments.save(c);
        return toInfo(c);
    }

    private static CommentInfo toInfo(JourneyComment c) {
        return new CommentInfo(c.id, c.at, c.author, c.authorRole, c.internal, c.body);
    }

    // ---- attachments

    /** The attachments of the company's latest journey (without content). */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(long companyId) {
        companies.requireAccess(companyId);
        return journeys.journeyOf(companyId).map(j -> attachments.infoByJourney(j.id())).orElse(List.of());
    }

    /**
     * Stores a file with the company's latest journey. Accepts pdf, docx, xlsx and png up to 10 MB, the type
     * detected from the content (the name's extension does not count); refuses others with
     * {@code journey.attachment.error.type} or {@code journey.attachment.error.size}, and a file name over 200
     * characters with {@code journey.attachment.error.name} (never cut).
     */
    public AttachmentInfo addAttachment(long companyId, String fileName, byte[] content) {
        UserAccount u = companies.requireAccess(companyId);
        if (content == null || content.length == 0) {
            throw new UserMessageException("journey.attachment.error.empty");
        }
        if (content.length > AttachmentTypes.MAX_BYTES) {
            throw new UserMessageException("journey.attachment.error.size", AttachmentTypes.MAX_BYTES / (1024 * 1024));
        }
        if (fileName != null && fileName.strip().length() > AttachmentTypes.MAX_NAME) {
            // refused, not cut: a cut name could lose what tells two files apart, or their extension
            throw new UserMessageException("journey.attachment.error.name", AttachmentTypes.MAX_NAME, fileName.strip().length());
        }
        AttachmentTypes.Type type = AttachmentTypes.detect(content)
                .orElseThrow(() -> new UserMessageException("journey.attachment.error.type", fileName == null ? "" : fileName));
        JourneyInfo j = journeys.journeyOf(companyId).orElseThrow(() -> new UserMessageException("journey.error.noJourney"));
        JourneyAttachment a = new JourneyAttachment();
        a.journeyId = j.id();
        a.at = clock.instant();
        a.uploadedBy = u.username();
        a.fileName = AttachmentTypes.fileNameFor(fileName, type);
        a.contentType = type.mimeType;
        a.sizeBytes = content.length;
        a.content = content.clone();
        attachments.save(a);
        recorder.add(j.id(), u.username(), JourneyEventType.ATTACHMENT_ADDED, List.of(a.fileName), null);
        LOG.info("attachment {} ({}, {} bytes) added to {} by {}", a.fileName, type, content.length, j.caseNumber(), u.username());
        return new AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes, a.at, a.uploadedBy);
    }

    /** One attachment with its content, if the current user may see the company of its journey. */
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long attachmentId) {
        UserAccount u = currentUser.require();
        JourneyAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> currentUser.refused(u.username() + " asked for unknown attachment " + attachmentId));
        companies.requireAccess(journeys.companyOfJourney(a.journeyId));
        return new AttachmentContent(a.fileName, a.contentType, a.content.clone());
    }
}
