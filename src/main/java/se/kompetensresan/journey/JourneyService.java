package se.kompetensresan.journey;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import se.kompetensresan.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Kompetensresor: starting, withdrawing, listing and the timeline. Tenant-checked unless documented
 * "Process:" (no user, used by the process glue and the demo data).
 */
@Service
@Transactional
public class JourneyService {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyService.class);

    private final JourneyRepository journeys;
    private final JourneyEventRepository events;
    private final JourneyRecorder recorder;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final CompanyService companies;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JourneyCommentRepository comments;
    private final JourneyAttachmentRepository attachments;
    private final UserService users;

    JourneyService(JourneyRepository journeys, JourneyEventRepository events, JourneyRecorder recorder,
                   RuntimeService runtime, TaskService tasks, HistoryService history, CompanyService companies,
                   ProjectService projects, CurrentUser currentUser, Clock clock, JourneyCommentRepository comments,
                   JourneyAttachmentRepository attachments, UserService users) {
        this.comments = comments;
        this.attachments = attachments;
        this.users = users;
        this.journeys = journeys;
        this.events = events;
        this.recorder = recorder;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.companies = companies;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts the company's journey (ADMIN, or MANAGER of its delprojekt); refuses a second active one. */
    public JourneyInfo start(long companyId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        companies.requireAccess(companyId);
        return doStart(companyId, u.username());
    }

    /** Process: starts the company's journey without a user (demo data, imports); refuses a second active one. */
    public JourneyInfo startAsSystem(long companyId) {
        return doStart(companyId, JourneyRecorder.SYSTEM);
    }

    private JourneyInfo doStart(long companyId, String actor) {
        CompanyInfo company = companies.lookup(companyId)
                .orElseThrow(() -> new IllegalArgumentException("unknown company " + companyId));
        if (journeys.existsByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE)) {
            throw new UserMessageException("journey.error.alreadyActive", company.name());
        }
        Instant now = clock.instant();
        Journey j = new Journey();
        j.caseNumber = nextCaseNumber(now);
        j.companyId = companyId;
        j.subprojectId = company.subprojectId();
        j.phase = JourneyPhase.SURVEY;
        j.status = JourneyStatus.ACTIVE;
        j.startedAt = now;
        j.phaseSince = now;
        journeys.saveAndFlush(j);
        recorder.add(j.id, actor, JourneyEventType.STARTED, null);
        var vars = JourneyVariables.newMap().companyId(companyId).subprojectId(company.subprojectId()).asMap();
        j.processInstanceId = runtime.startProcessInstanceByKey(JourneyProcess.PROCESS_ID, j.caseNumber, vars).getId();
        LOG.info("journey {} started for company {} by {}", j.caseNumber, companyId, actor);
        return toInfo(j);
    }

    private String nextCaseNumber(Instant now) {
        String prefix = JourneyProcess.CASE_NUMBER_PREFIX + now.atZone(clock.getZone()).getYear() + "-";
        int next = journeys.maxCaseNumberStartingWith(prefix)
                .map(max -> Integer.parseInt(max.substring(prefix.length())) + 1).orElse(1);
        return prefix + String.format("%04d", next);
    }

    /** The company withdraws (ADMIN, or MANAGER of its delprojekt): the process ends as avbruten. */
    public void withdraw(long companyId, String reason) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        companies.requireAccess(companyId);
        if (reason == null || reason.isBlank()) {
            throw new UserMessageException("journey.error.reasonRequired");
        }
        Journey j = journeys.findByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE)
                .orElseThrow(() -> new UserMessageException("journey.error.noActiveJourney"));
        recorder.add(j.id, u.username(), JourneyEventType.WITHDRAWAL_REQUESTED, reason.strip());
        runtime.createMessageCorrelation(JourneyProcess.MESSAGE_COMPANY_WITHDREW)
                .processInstanceBusinessKey(j.caseNumber).correlate();
    }

    /** The company's latest journey, if the current user may see the company. */
    @Transactional(readOnly = true)
    public Optional<JourneyInfo> journeyOf(long companyId) {
        companies.requireAccess(companyId);
        return journeys.findFirstByCompanyIdOrderByStartedAtDescIdDesc(companyId).map(this::toInfo);
    }

    /** The journeys the current user works with (COACH, MANAGER: their delprojekt; ADMIN: all). */
    @Transactional(readOnly = true)
    public List<JourneyInfo> journeys() {
        UserAccount u = currentUser.requireRole(Role.COACH, Role.MANAGER, Role.ADMIN);
        List<Journey> list = u.is(Role.ADMIN) ? journeys.findAllByOrderByCaseNumber()
                : u.subprojectIds().isEmpty() ? List.of() : journeys.findBySubprojectIdInOrderByCaseNumber(u.subprojectIds());
        return list.stream().map(this::toInfo).toList();
    }

    /** The visible companies that have no active journey (candidates for "Starta kompetensresa"). */
    @Transactional(readOnly = true)
    public List<CompanyInfo> startableCompanies() {
        currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        return companies.visible().stream()
                .filter(c -> !journeys.existsByCompanyIdAndStatus(c.id(), JourneyStatus.ACTIVE)).toList();
    }

    /**
     * Our events, the engine's completed tasks and fired timers of the company's latest journey, oldest first.
     * A company user does not see the coaches' notes (the details of contact and closing entries).
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long companyId) {
        UserAccount u = companies.requireAccess(companyId);
        Optional<Journey> j = journeys.findFirstByCompanyIdOrderByStartedAtDescIdDesc(companyId);
        if (j.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (JourneyEvent e : events.findByJourneyIdOrderByAtAscIdAsc(j.get().id)) {
            boolean coachNote = e.type == JourneyEventType.COMPANY_CONTACTED || e.type == JourneyEventType.CLOSED
                    || e.type == JourneyEventType.TASK_ASSIGNED || e.type == JourneyEventType.COACH_REASSIGNED;
            out.add(new TimelineEntry(e.at, e.actor, e.type.name(), u.is(Role.COMPANY) && coachNote ? null : e.detail));
        }
        for (HistoricActivityInstance a : history.createHistoricActivityInstanceQuery()
                .processInstanceId(j.get().processInstanceId == null ? "-" : j.get().processInstanceId).finished().list()) {
            if (TIMER_TYPES.contains(a.getActivityType()) && a.getEndTime() != null && !a.isCanceled()) {
                out.add(new TimelineEntry(a.getEndTime().toInstant(), JourneyRecorder.SYSTEM,
                        JourneyEventType.TIMER_FIRED.name(), a.getActivityId()));
            }
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(j.get().caseNumber).processDefinitionKey(JourneyProcess.PROCESS_ID)
                .finished().list()) {
            if ("completed".equals(t.getDeleteReason()) && !recordedByUs(out, t)) {
                out.add(new TimelineEntry(t.getEndTime().toInstant(),
                        t.getAssignee() == null ? JourneyRecorder.SYSTEM : t.getAssignee(),
                        JourneyEventType.TASK_COMPLETED.name(), t.getTaskDefinitionKey()));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::at));
        return out;
    }

    /** True when one of our own events already tells of the completed task (same actor, within seconds). */
    private static boolean recordedByUs(List<TimelineEntry> ours, HistoricTaskInstance t) {
        Instant end = t.getEndTime().toInstant();
        return t.getAssignee() != null && ours.stream().anyMatch(e -> t.getAssignee().equals(e.actor())
                && !JourneyEventType.TASK_ASSIGNED.name().equals(e.type())
                && Math.abs(Duration.between(e.at(), end).toMillis()) < 5_000);
    }

    private static final java.util.Set<String> TIMER_TYPES = java.util.Set.of("intermediateTimer", "boundaryTimer");

    // ---- comments

    /** The comments of the company's latest journey; a company user never sees internal ones. */
    @Transactional(readOnly = true)
    public List<CommentInfo> comments(long companyId) {
        UserAccount u = companies.requireAccess(companyId);
        return latest(companyId).map(j -> comments.findByJourneyIdOrderByAtAscIdAsc(j.id).stream()
                .filter(c -> !(c.internal && u.is(Role.COMPANY)))
                .map(c -> new CommentInfo(c.id, c.at, c.author, c.authorRole, c.internal, c.body)).toList())
                .orElse(List.of());
    }

    /** Adds a comment to the company's latest journey; only coaches, managers and admins may mark it internal. */
    public CommentInfo addComment(long companyId, String body, boolean internal) {
        UserAccount u = companies.requireAccess(companyId);
        if (internal && u.is(Role.COMPANY)) {
            throw currentUser.refused(u.username() + " tried an internal comment on company " + companyId);
        }
        if (body == null || body.isBlank()) {
            throw new UserMessageException("journey.comment.error.empty");
        }
        if (body.strip().length() > 4000) {
            throw new UserMessageException("journey.comment.error.tooLong", 4000);
        }
        Journey j = latest(companyId).orElseThrow(() -> new UserMessageException("journey.error.noJourney"));
        JourneyComment c = new JourneyComment();
        c.journeyId = j.id;
        c.at = clock.instant();
        c.author = u.username();
        c.authorRole = u.role().name();
        c.internal = internal;
        c.body = body.strip();
        comments.save(c);
        return new CommentInfo(c.id, c.at, c.author, c.authorRole, c.internal, c.body);
    }

    // ---- attachments

    /** The attachments of the company's latest journey (without content). */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> attachments(long companyId) {
        companies.requireAccess(companyId);
        return latest(companyId).map(j -> attachments.infoByJourney(j.id)).orElse(List.of());
    }

    /**
     * Stores a file with the company's latest journey. Accepts pdf, docx, xlsx and png up to 10 MB, the type
     * detected from the content (the name's extension does not count); refuses others with
     * {@code journey.attachment.error.type} or {@code journey.attachment.error.size}.
     */
    public AttachmentInfo addAttachment(long companyId, String fileName, byte[] content) {
        UserAccount u = companies.requireAccess(companyId);
        if (content == null || content.length == 0) {
            throw new UserMessageException("journey.attachment.error.empty");
        }
        if (content.length > AttachmentTypes.MAX_BYTES) {
            throw new UserMessageException("journey.attachment.error.size", AttachmentTypes.MAX_BYTES / (1024 * 1024));
        }
        AttachmentTypes.Type type = AttachmentTypes.detect(content)
                .orElseThrow(() -> new UserMessageException("journey.attachment.error.type", fileName == null ? "" : fileName));
        Journey j = latest(companyId).orElseThrow(() -> new UserMessageException("journey.error.noJourney"));
        JourneyAttachment a = new JourneyAttachment();
        a.journeyId = j.id;
        a.at = clock.instant();
        a.uploadedBy = u.username();
        a.fileName = AttachmentTypes.fileNameFor(fileName, type);
        a.contentType = type.mimeType;
        a.sizeBytes = content.length;
        a.content = content.clone();
        attachments.save(a);
        recorder.add(j.id, u.username(), JourneyEventType.ATTACHMENT_ADDED, a.fileName);
        LOG.info("attachment {} ({}, {} bytes) added to {} by {}", a.fileName, type, content.length, j.caseNumber, u.username());
        return new AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes, a.at, a.uploadedBy);
    }

    /** One attachment with its content, if the current user may see the company of its journey. */
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long attachmentId) {
        UserAccount u = currentUser.require();
        JourneyAttachment a = attachments.findById(attachmentId)
                .orElseThrow(() -> currentUser.refused(u.username() + " asked for unknown attachment " + attachmentId));
        Journey j = journeys.findById(a.journeyId).orElseThrow();
        companies.requireAccess(j.companyId);
        return new AttachmentContent(a.fileName, a.contentType, a.content.clone());
    }

    // ---- coach reassignment

    /** The coaches of the company's delprojekt (candidates for reassignment). */
    @Transactional(readOnly = true)
    public List<UserAccount> coachesFor(long companyId) {
        companies.requireAccess(companyId);
        CompanyInfo c = companies.get(companyId);
        return users.byRoleInSubprojects(Role.COACH, java.util.Set.of(c.subprojectId()));
    }

    /**
     * Gives the company's active journey to another coach of its delprojekt (MANAGER of the delprojekt, ADMIN):
     * every open coach task gets the new assignee; the timeline records it. Returns how many tasks moved.
     */
    public int reassignCoach(long companyId, String coachUsername) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        companies.requireAccess(companyId);
        Journey j = journeys.findByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE)
                .orElseThrow(() -> new UserMessageException("journey.error.noActiveJourney"));
        UserAccount coach = coachUsername == null ? null : users.findAccount(coachUsername).orElse(null);
        if (coach == null || !coach.is(Role.COACH) || !coach.subprojectIds().contains(j.subprojectId)) {
            throw new UserMessageException("journey.inbox.error.notACoachHere", coachUsername == null ? "" : coachUsername);
        }
        int moved = 0;
        for (var t : tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber)
                .processDefinitionKey(JourneyProcess.PROCESS_ID).list()) {
            if (JourneyProcess.GROUP_COACH.equals(TaskInbox.GROUP_BY_TASK.get(t.getTaskDefinitionKey()))) {
                tasks.setAssignee(t.getId(), coach.username());
                moved++;
            }
        }
        recorder.add(j.id, u.username(), JourneyEventType.COACH_REASSIGNED, coach.username());
        LOG.info("journey {} reassigned to {} by {} ({} open tasks)", j.caseNumber, coach.username(), u.username(), moved);
        return moved;
    }

    private Optional<Journey> latest(long companyId) {
        return journeys.findFirstByCompanyIdOrderByStartedAtDescIdDesc(companyId);
    }

    JourneyInfo toInfo(Journey j) {
        String companyName = companies.lookup(j.companyId).map(CompanyInfo::name).orElse("");
        String subprojectName = projects.subproject(j.subprojectId).map(SubprojectInfo::name).orElse("");
        Instant now = clock.instant();
        long days = Duration.between(j.phaseSince, j.endedAt != null ? j.endedAt : now).toDays();
        List<org.camunda.bpm.engine.task.Task> openTasks = j.status == JourneyStatus.ACTIVE
                ? tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber).list() : List.of();
        long overdue = openTasks.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now)).count();
        String coach = openTasks.stream().filter(t -> t.getAssignee() != null
                        && JourneyProcess.GROUP_COACH.equals(TaskInbox.GROUP_BY_TASK.get(t.getTaskDefinitionKey())))
                .map(org.camunda.bpm.engine.task.Task::getAssignee).findFirst().orElseGet(() -> lastCoach(j));
        return new JourneyInfo(j.caseNumber, j.companyId, companyName, j.subprojectId, subprojectName, j.phase,
                j.status, j.startedAt, j.phaseSince, j.endedAt, Math.max(0, days), openTasks.size(), coach, overdue);
    }

    /** The last coach who completed a coach task of the journey. */
    private String lastCoach(Journey j) {
        return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(j.caseNumber)
                .processDefinitionKey(JourneyProcess.PROCESS_ID).finished().taskAssigned()
                .orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .filter(t -> JourneyProcess.GROUP_COACH.equals(TaskInbox.GROUP_BY_TASK.get(t.getTaskDefinitionKey())))
                .map(HistoricTaskInstance::getAssignee).findFirst().orElse(null);
    }

}
