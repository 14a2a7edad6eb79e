package se.kompetensresan.journey;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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

    JourneyService(JourneyRepository journeys, JourneyEventRepository events, JourneyRecorder recorder,
                   RuntimeService runtime, TaskService tasks, HistoryService history, CompanyService companies,
                   ProjectService projects, CurrentUser currentUser, Clock clock) {
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

    /** Our events and the engine's completed tasks of the company's latest journey, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long companyId) {
        companies.requireAccess(companyId);
        Optional<Journey> j = journeys.findFirstByCompanyIdOrderByStartedAtDescIdDesc(companyId);
        if (j.isEmpty()) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (JourneyEvent e : events.findByJourneyIdOrderByAtAscIdAsc(j.get().id)) {
            out.add(new TimelineEntry(e.at, e.actor, e.type.name(), e.detail));
        }
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKey(j.get().caseNumber).processDefinitionKey(JourneyProcess.PROCESS_ID)
                .finished().list()) {
            if ("completed".equals(t.getDeleteReason())) {
                out.add(new TimelineEntry(t.getEndTime().toInstant(),
                        t.getAssignee() == null ? JourneyRecorder.SYSTEM : t.getAssignee(),
                        JourneyEventType.TASK_COMPLETED.name(), t.getTaskDefinitionKey()));
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::at));
        return out;
    }

    JourneyInfo toInfo(Journey j) {
        String companyName = companies.lookup(j.companyId).map(CompanyInfo::name).orElse("");
        String subprojectName = projects.subproject(j.subprojectId).map(SubprojectInfo::name).orElse("");
        Instant now = clock.instant();
        long days = Duration.between(j.phaseSince, j.endedAt != null ? j.endedAt : now).toDays();
        long open = j.status == JourneyStatus.ACTIVE
                ? tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber).count() : 0;
        return new JourneyInfo(j.caseNumber, j.companyId, companyName, j.subprojectId, subprojectName, j.phase,
                j.status, j.startedAt, j.phaseSince, j.endedAt, Math.max(0, days), open);
    }

}
