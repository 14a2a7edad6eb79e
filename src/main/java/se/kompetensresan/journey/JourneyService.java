package se.kompetensresan.journey;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.casefile.JourneyEventType;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kompetensresor: starting, withdrawing, reassigning and listing. Tenant-checked unless documented "Process:"
 * (no user, used by the process glue and the demo data). Lists are built from one task query, one history query
 * and one look-up each of companies, delprojekt and coaches, whatever the number of journeys.
 */
@Service
@Transactional
public class JourneyService {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyService.class);
    static final int MAX_REASON = 2000;

    private final JourneyRepository journeys;
    private final JourneyRecorder recorder;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final CompanyService companies;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UserService users;

    JourneyService(JourneyRepository journeys, JourneyRecorder recorder, RuntimeService runtime, TaskService tasks,
                   HistoryService history, CompanyService companies, ProjectService projects, CurrentUser currentUser,
                   Clock clock, UserService users) {
        this.journeys = journeys;
        this.recorder = recorder;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.companies = companies;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
        this.users = users;
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
        try {
            journeys.saveAndFlush(j);
        } catch (DataIntegrityViolationException e) {
            // another node or click started one at the same moment: the database's one-active index decided
            if (String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase().contains("journey_one_active")) {
                throw new UserMessageException("journey.error.alreadyActive", company.name());
            }
            throw e;
        }
        recorder.add(j.id, actor, JourneyEventType.STARTED, List.of(), null);
        var vars = JourneyVariables.newMap().companyId(companyId).subprojectId(company.subprojectId()).asMap();
        j.processInstanceId = runtime.startProcessInstanceByKey(JourneyProcess.PROCESS_ID, j.caseNumber, vars).getId();
        LOG.info("journey {} started for company {} by {}", j.caseNumber, companyId, actor);
        return infos(List.of(j)).get(0);
    }

    private String nextCaseNumber(Instant now) {
        // the year of the start and a number of the database sequence (it runs on over the years: two nodes
        // never draw the same number, whatever they start at once)
        String prefix = JourneyProcess.CASE_NUMBER_PREFIX + now.atZone(clock.getZone()).getYear() + "-";
        return prefix + String.format("%04d", journeys.nextCaseNumber());
    }

    /** The company withdraws (ADMIN, or MANAGER of its delprojekt): the process ends as avbruten. */
    public void withdraw(long companyId, String reason) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        companies.requireAccess(companyId);
        String why = TextRules.required(reason, MAX_REASON, "journey.error.reasonRequired", "journey.error.reasonTooLong");
        Journey j = journeys.findByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE)
                .orElseThrow(() -> new UserMessageException("journey.error.noActiveJourney"));
        recorder.add(j.id, u.username(), JourneyEventType.WITHDRAWAL_REQUESTED, List.of(), why);
        runtime.createMessageCorrelation(JourneyProcess.MESSAGE_COMPANY_WITHDREW)
                .processInstanceBusinessKey(j.caseNumber).correlate();
    }

    /** The company's latest journey, if the current user may see the company. */
    @Transactional(readOnly = true)
    public Optional<JourneyInfo> journeyOf(long companyId) {
        companies.requireAccess(companyId);
        return journeys.findFirstByCompanyIdOrderByStartedAtDescIdDesc(companyId).map(j -> infos(List.of(j)).get(0));
    }

    /** The latest journey of each of the companies the current user may see (the others are left out). */
    @Transactional(readOnly = true)
    public Map<Long, JourneyInfo> journeysOf(Collection<Long> companyIds) {
        UserAccount u = currentUser.require();
        if (companyIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Journey> latest = new HashMap<>();
        for (Journey j : journeys.findByCompanyIdInOrderByStartedAtAscIdAsc(companyIds)) {
            if (u.canSee(j.companyId, j.subprojectId)) {
                latest.put(j.companyId, j);
            }
        }
        return infos(List.copyOf(latest.values())).stream()
                .collect(Collectors.toMap(JourneyInfo::companyId, i -> i));
    }

    /** Process: the journey of a case number (no tenant check; for engine operations, which are ADMIN only). */
    @Transactional(readOnly = true)
    public Optional<JourneyInfo> journeyOfCase(String caseNumber) {
        return caseNumber == null ? Optional.empty()
                : journeys.findByCaseNumber(caseNumber).map(j -> infos(List.of(j)).get(0));
    }

    /** Process: the company a journey belongs to (no tenant check; callers check the company). */
    @Transactional(readOnly = true)
    public long companyOfJourney(long journeyId) {
        return journeys.findById(journeyId).map(j -> j.companyId)
                .orElseThrow(() -> new IllegalArgumentException("unknown journey " + journeyId));
    }

    /** The journeys the current user works with (COACH, MANAGER: their delprojekt; ADMIN: all). */
    @Transactional(readOnly = true)
    public List<JourneyInfo> journeys() {
        UserAccount u = currentUser.requireRole(Role.COACH, Role.MANAGER, Role.ADMIN);
        List<Journey> list = u.is(Role.ADMIN) ? journeys.findAllByOrderByCaseNumber()
                : u.subprojectIds().isEmpty() ? List.of() : journeys.findBySubprojectIdInOrderByCaseNumber(u.subprojectIds());
        return infos(list);
    }

    /** The visible companies that have no active journey (candidates for "Starta kompetensresa"). */
    @Transactional(readOnly = true)
    public List<CompanyInfo> startableCompanies() {
        currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        Set<Long> active = new HashSet<>(journeys.companyIdsWithStatus(JourneyStatus.ACTIVE));
        return companies.visible().stream().filter(c -> !active.contains(c.id())).toList();
    }

    // ---- coach reassignment

    /** The coaches of the company's delprojekt (candidates for reassignment). */
    @Transactional(readOnly = true)
    public List<UserAccount> coachesFor(long companyId) {
        companies.requireAccess(companyId);
        CompanyInfo c = companies.get(companyId);
        return users.byRoleInSubprojects(Role.COACH, Set.of(c.subprojectId()));
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
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber)
                .processDefinitionKey(JourneyProcess.PROCESS_ID).list()) {
            if (JourneyProcess.isCoachTask(t.getTaskDefinitionKey())) {
                tasks.setAssignee(t.getId(), coach.assigneeId());
                moved++;
            }
        }
        recorder.add(j.id, u.username(), JourneyEventType.COACH_REASSIGNED, List.of(coach.username()), null);
        LOG.info("journey {} reassigned to {} by {} ({} open tasks)", j.caseNumber, coach.username(), u.username(), moved);
        return moved;
    }

    // ---- mapping, in batches

    /** The journeys as views see them, in the order given: a constant number of queries for any number. */
    private List<JourneyInfo> infos(List<Journey> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<String> activeInstances = list.stream().filter(j -> j.status == JourneyStatus.ACTIVE && j.processInstanceId != null)
                .map(j -> j.processInstanceId).collect(Collectors.toSet());
        Map<String, List<Task>> openTasks = activeInstances.isEmpty() ? Map.of()
                : tasks.createTaskQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                .processInstanceIdIn(activeInstances.toArray(String[]::new)).list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId));
        Map<String, String> lastCoach = lastCoaches(list.stream().map(j -> j.caseNumber).collect(Collectors.toSet()));
        Map<Long, CompanyInfo> companyById = companies.lookupAll(list.stream().map(j -> j.companyId).collect(Collectors.toSet()));
        Map<Long, SubprojectInfo> subprojectById = projects.subprojects(list.stream().map(j -> j.subprojectId)
                .collect(Collectors.toSet()));
        Map<Long, String> coachOf = new HashMap<>();
        for (Journey j : list) {
            String coach = openTasks.getOrDefault(j.processInstanceId, List.of()).stream()
                    .filter(t -> t.getAssignee() != null && JourneyProcess.isCoachTask(t.getTaskDefinitionKey()))
                    .map(Task::getAssignee).findFirst().orElse(lastCoach.get(j.processInstanceId));
            if (coach != null) {
                coachOf.put(j.id, coach);
            }
        }
        Map<String, UserAccount> coachAccounts = users.accountsOfAssignees(new HashSet<>(coachOf.values()));
        Instant now = clock.instant();
        return list.stream().map(j -> {
            List<Task> open = openTasks.getOrDefault(j.processInstanceId, List.of());
            long overdue = open.stream().filter(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now)).count();
            long days = Duration.between(j.phaseSince, j.endedAt != null ? j.endedAt : now).toDays();
            UserAccount coachAccount = coachOf.containsKey(j.id) ? coachAccounts.get(coachOf.get(j.id)) : null;
            String coach = coachAccount == null ? coachOf.get(j.id) : coachAccount.username();
            String coachName = coachAccount == null ? coach : coachAccount.name();
            CompanyInfo company = companyById.get(j.companyId);
            SubprojectInfo subproject = subprojectById.get(j.subprojectId);
            return new JourneyInfo(j.id, j.caseNumber, j.companyId, company == null ? "" : company.name(),
                    j.subprojectId, subproject == null ? "" : subproject.name(), j.phase, j.status, j.startedAt,
                    j.phaseSince, j.endedAt, Math.max(0, days), open.size(), coach,
                    coachName, overdue, j.withdrawnFrom, j.processInstanceId);
        }).toList();
    }

    /** The last coach who completed a coach task, per process instance id, in one history query. */
    private Map<String, String> lastCoaches(Set<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery()
                .processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new)).processDefinitionKey(JourneyProcess.PROCESS_ID)
                .finished().taskAssigned().orderByHistoricTaskInstanceEndTime().asc().list()) {
            if (JourneyProcess.isCoachTask(t.getTaskDefinitionKey())) {
                out.put(t.getProcessInstanceId(), t.getAssignee());
            }
        }
        return out;
    }
}
