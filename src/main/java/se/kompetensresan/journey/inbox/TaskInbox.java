package se.kompetensresan.journey.inbox;

import se.kompetensresan.journey.JourneyProcess;

import se.kompetensresan.journey.JourneyRecorder;
import se.kompetensresan.journey.JourneyVariables;
import se.kompetensresan.journey.TaskCompleter;
import se.kompetensresan.journey.casefile.JourneyEventType;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import se.kompetensresan.security.UserService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyProcess.Var;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import org.camunda.bpm.engine.history.HistoricActivityInstance;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task inbox: the waiting journey tasks the current user may see, and the generic task actions.
 * A COMPANY user sees the company tasks of their own company; a COACH the coach tasks of the companies in
 * their delprojekt; a MANAGER both kinds in their delprojekt, read-only; an ADMIN everything, read-only.
 * Every action re-checks the tenant; a foreign or unknown task id is refused (and logged).
 */
@Service
@Transactional
public class TaskInbox {

    private static final List<String> ROUTE_VARIABLES = List.of(Var.COMPANY_ID, Var.SUBPROJECT_ID,
            Var.SURVEY_RESPONSE_ID, Var.FOLLOW_UP_RESPONSE_ID, Var.PLANNED_ACTIVITY_ID, Var.TRAINING_ACTIVITY_ID,
            Var.PARTICIPANT_ID);

    /** The size of a coach's contact or closing note. */
    static final int MAX_NOTE = 2000;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final JourneyRecorder recorder;
    private final Clock clock;
    private final ManagementService management;
    private final HistoryService history;
    private final UserService users;
    private final SavedInboxFilterRepository savedFilters;
    private final TrainingService training;
    private final TaskCompleter completer;

    TaskInbox(TaskService tasks, RuntimeService runtime, CompanyService companies, CurrentUser currentUser,
              JourneyRecorder recorder, Clock clock, ManagementService management, HistoryService history,
              UserService users, SavedInboxFilterRepository savedFilters, TrainingService training,
              TaskCompleter completer) {
        this.training = training;
        this.completer = completer;
        this.management = management;
        this.history = history;
        this.users = users;
        this.savedFilters = savedFilters;
        this.tasks = tasks;
        this.runtime = runtime;
        this.companies = companies;
        this.currentUser = currentUser;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The waiting tasks the current user may see, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskInfo> tasks() {
        return sorted(toInfos(visible(null)));
    }

    /**
     * The visible waiting tasks of one company's journey (the case view's "open tasks"): the same rules as
     * {@link #tasks()}, narrowed to the company in the database rather than by mapping the whole inbox.
     */
    @Transactional(readOnly = true)
    public List<TaskInfo> tasksOf(long companyId) {
        return sorted(toInfos(visible(companyId)));
    }

    private static List<TaskInfo> sorted(List<TaskInfo> infos) {
        return infos.stream().sorted(Comparator.comparing(TaskInfo::created).thenComparing(TaskInfo::taskId)).toList();
    }

    /**
     * The tasks the current user may see, unmapped: one task query per delprojekt of the user (one for an ADMIN or
     * a COMPANY user); {@code companyId} narrows the queries to one company.
     */
    private Collection<Task> visible(Long companyId) {
        UserAccount u = currentUser.require();
        Map<String, Task> found = new LinkedHashMap<>();
        switch (u.role()) {
            case ADMIN -> query(companyId).list().forEach(t -> found.put(t.getId(), t));
            case COMPANY -> {
                if (u.companyId() != null && (companyId == null || companyId.equals(u.companyId()))) {
                    query(null).taskCandidateGroup(JourneyProcess.GROUP_COMPANY).includeAssignedTasks()
                            .processVariableValueEquals(Var.COMPANY_ID, u.companyId()).list()
                            .forEach(t -> found.put(t.getId(), t));
                }
            }
            case COACH -> u.subprojectIds().forEach(sp -> query(companyId).taskCandidateGroup(JourneyProcess.GROUP_COACH)
                    .includeAssignedTasks().processVariableValueEquals(Var.SUBPROJECT_ID, sp).list()
                    .forEach(t -> found.put(t.getId(), t)));
            case MANAGER -> u.subprojectIds().forEach(sp -> query(companyId)
                    .processVariableValueEquals(Var.SUBPROJECT_ID, sp).list().forEach(t -> found.put(t.getId(), t)));
        }
        return found.values();
    }

    /** The visible tasks that pass the filter. */
    @Transactional(readOnly = true)
    public List<TaskInfo> tasks(InboxFilter filter) {
        UserAccount u = currentUser.require();
        InboxFilter f = filter == null ? InboxFilter.NONE : filter;
        return tasks().stream().filter(t -> f.matches(t, u)).toList();
    }

    // ---- assignment

    /**
     * Gives a coach task to a coach of the company's delprojekt. Allowed for a COACH of the delprojekt (the task
     * must be free or their own) and for a MANAGER of the delprojekt or an ADMIN (any coach task).
     */
    public void assign(String taskId, String coachUsername) {
        UserAccount u = currentUser.require();
        doAssign(taskId, coachUsername, u);
    }

    /** Assigns several coach tasks to one coach, all or none. */
    public void assignAll(List<String> taskIds, String coachUsername) {
        UserAccount u = currentUser.require();
        if (taskIds == null || taskIds.isEmpty()) {
            throw new UserMessageException("journey.inbox.error.noneSelected");
        }
        taskIds.forEach(id -> doAssign(id, coachUsername, u));
    }

    /** The coaches who may get all of the given tasks (they work in every task's delprojekt). */
    @Transactional(readOnly = true)
    public List<UserAccount> assignableCoaches(List<String> taskIds) {
        currentUser.requireRole(Role.COACH, Role.MANAGER, Role.ADMIN);
        Set<Long> subprojects = new HashSet<>();
        for (String id : taskIds) {
            visibleTask(id);
            subprojects.add(JourneyVariables.ofTask(tasks, id).subprojectId());
        }
        if (subprojects.isEmpty()) {
            return List.of();
        }
        return users.byRoleInSubprojects(Role.COACH, subprojects).stream()
                .filter(c -> c.subprojectIds().containsAll(subprojects)).toList();
    }

    private void doAssign(String taskId, String coachUsername, UserAccount u) {
        Task t = u.is(Role.COACH) ? actionableTask(taskId, u) : visibleTask(taskId);
        if (u.is(Role.COMPANY)) {
            throw currentUser.refused(u.username() + " may not assign task " + taskId);
        }
        if (!JourneyProcess.GROUP_COACH.equals(JourneyProcess.groupOfTask(t.getTaskDefinitionKey()))) {
            throw new UserMessageException("journey.inbox.error.notCoachTask");
        }
        if (u.is(Role.COACH) && t.getAssignee() != null && !u.isAssignee(t.getAssignee())) {
            throw new UserMessageException("journey.error.assignedToOther", assigneeName(t.getAssignee()));
        }
        long subprojectId = JourneyVariables.ofTask(tasks, taskId).subprojectId();
        UserAccount coach = coachUsername == null ? null : users.findAccount(coachUsername).orElse(null);
        if (coach == null || !coach.is(Role.COACH) || !coach.subprojectIds().contains(subprojectId)) {
            throw new UserMessageException("journey.inbox.error.notACoachHere", coachUsername == null ? "" : coachUsername);
        }
        tasks.setAssignee(taskId, coach.assigneeId());
        recorder.record(businessKey(t), u.username(), JourneyEventType.TASK_ASSIGNED,
                List.of(t.getTaskDefinitionKey(), coach.username()), null);
    }

    // ---- saved filters

    /** The current user's saved filters by name. */
    @Transactional(readOnly = true)
    public Map<String, InboxFilter> savedFilters() {
        UserAccount u = currentUser.require();
        Map<String, InboxFilter> out = new LinkedHashMap<>();
        savedFilters.findByUsernameOrderByName(u.username()).forEach(f ->
                out.put(f.name, new InboxFilter(f.scope, f.overdueOnly, f.phase, f.subprojectId)));
        return out;
    }

    /** Saves (or replaces) the filter combination under the name for the current user. */
    public void saveFilter(String name, InboxFilter filter) {
        UserAccount u = currentUser.require();
        if (name == null || name.isBlank()) {
            throw new UserMessageException("journey.inbox.error.filterName");
        }
        if (name.strip().length() > 60) {
            throw new UserMessageException("journey.inbox.error.filterNameLength", 60);
        }
        InboxFilter f = filter == null ? InboxFilter.NONE : filter;
        if (f.subprojectId() != null && !u.canSeeSubproject(f.subprojectId())) {
            throw currentUser.refused(u.username() + " saved a filter on delprojekt " + f.subprojectId());
        }
        SavedInboxFilter s = savedFilters.findByUsernameAndName(u.username(), name.strip()).orElseGet(SavedInboxFilter::new);
        s.username = u.username();
        s.name = name.strip();
        s.scope = f.scope();
        s.overdueOnly = f.overdueOnly();
        s.phase = f.phase();
        s.subprojectId = f.subprojectId();
        savedFilters.save(s);
    }

    /** Deletes one of the current user's saved filters. */
    public void deleteFilter(String name) {
        UserAccount u = currentUser.require();
        savedFilters.findByUsernameAndName(u.username(), name).ifPresent(savedFilters::delete);
    }

    /** One task the current user may see; refuses foreign and unknown ids. */
    @Transactional(readOnly = true)
    public TaskInfo task(String taskId) {
        return toInfos(List.of(visibleTask(taskId))).get(0);
    }

    /** The coach takes the task (a COACH of the company's delprojekt). */
    public void claim(String taskId) {
        UserAccount u = currentUser.require();
        Task t = actionableTask(taskId, u);
        if (t.getAssignee() != null && !u.isAssignee(t.getAssignee())) {
            throw new UserMessageException("journey.error.assignedToOther", assigneeName(t.getAssignee()));
        }
        tasks.setAssignee(taskId, u.assigneeId());
    }

    /** The coach gives the task back to the group. */
    public void unclaim(String taskId) {
        UserAccount u = currentUser.require();
        Task t = actionableTask(taskId, u);
        if (t.getAssignee() != null && !u.isAssignee(t.getAssignee())) {
            throw new UserMessageException("journey.error.assignedToOther", assigneeName(t.getAssignee()));
        }
        tasks.setAssignee(taskId, null);
    }

    /** The decision's proposal behind a Task_AnalyseSurvey. */
    @Transactional(readOnly = true)
    public AnalysisInfo analysis(String taskId) {
        Task t = visibleTask(taskId, JourneyProcess.TASK_ANALYSE_SURVEY);
        JourneyVariables vars = JourneyVariables.ofTask(tasks, taskId);
        return new AnalysisInfo(toInfos(List.of(t)).get(0), vars.proposedTrack(), vars.priorityAreas());
    }

    /** Completes Task_AnalyseSurvey with the confirmed (or changed) track and priority areas. */
    public void completeAnalysis(String taskId, String coachingTrack, List<String> priorityAreas) {
        UserAccount u = currentUser.require();
        Task t = actionableTask(taskId, u, JourneyProcess.TASK_ANALYSE_SURVEY);
        if (coachingTrack == null || !AnalysisInfo.TRACKS.contains(coachingTrack)) {
            throw new UserMessageException("journey.analysis.error.track");
        }
        if (priorityAreas == null || priorityAreas.isEmpty()
                || !CompetenceAreas.ALL.containsAll(priorityAreas)) {
            throw new UserMessageException("journey.analysis.error.areas");
        }
        finish(t, u, JourneyVariables.newMap().coachingTrack(coachingTrack).priorityAreas(priorityAreas).asMap(),
                JourneyEventType.ANALYSIS_CONFIRMED, concat(coachingTrack, priorityAreas), null);
    }

    /** Completes a "Kontakta företaget" task (survey, plan, attendance, follow-up); the note goes into the timeline. */
    public void completeContact(String taskId, String note) {
        UserAccount u = currentUser.require();
        Task t = actionableTask(taskId, u, JourneyProcess.CONTACT_TASKS.toArray(String[]::new));
        finish(t, u, Map.of(), JourneyEventType.COMPANY_CONTACTED, List.of(),
                TextRules.required(note, MAX_NOTE, "journey.error.noteRequired", "journey.error.noteTooLong"));
    }

    /** Completes Task_CloseJourney; the closing note goes into the journey's timeline. */
    public void completeClose(String taskId, String note) {
        UserAccount u = currentUser.require();
        Task t = actionableTask(taskId, u, JourneyProcess.TASK_CLOSE_JOURNEY);
        finish(t, u, Map.of(), JourneyEventType.CLOSED, List.of(),
                TextRules.optional(note, MAX_NOTE, "journey.error.noteTooLong"));
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private void finish(Task t, UserAccount u, Map<String, Object> vars, JourneyEventType type, List<String> arguments,
                        String note) {
        if (t.getAssignee() != null && !u.isAssignee(t.getAssignee())) {
            throw new UserMessageException("journey.error.assignedToOther", assigneeName(t.getAssignee()));
        }
        String caseNumber = businessKey(t);
        try {
            completer.complete(t.getId(), t.getAssignee() == null ? u.assigneeId() : null, vars);
        } catch (RuntimeException e) {
            throw doneMeanwhile(t.getId(), e);
        }
        recorder.record(caseNumber, u.username(), type, arguments, note);
    }

    /** The person's name behind a Camunda assignee, for messages. */
    private String assigneeName(String assignee) {
        UserAccount a = users.accountsOfAssignees(List.of(assignee)).get(assignee);
        return a == null ? assignee : a.name();
    }

    // ---- access

    private TaskQuery query(Long companyId) {
        TaskQuery q = tasks.createTaskQuery().processDefinitionKeyIn(JourneyProcess.PROCESS_ID,
                JourneyProcess.CORRECTION_PROCESS_ID);
        if (companyId != null) {
            q = q.processVariableValueEquals(Var.COMPANY_ID, companyId);
        }
        return q.orderByTaskCreateTime().asc();
    }

    private Task visibleTask(String taskId, String... keys) {
        UserAccount u = currentUser.require();
        Task t = taskId == null ? null : tasks.createTaskQuery()
                .processDefinitionKeyIn(JourneyProcess.PROCESS_ID, JourneyProcess.CORRECTION_PROCESS_ID)
                .taskId(taskId).singleResult();
        if (t == null || (keys.length > 0 && !List.of(keys).contains(t.getTaskDefinitionKey()))) {
            throw doneOrUnknown(u, taskId, keys);
        }
        String group = JourneyProcess.groupOfTask(t.getTaskDefinitionKey());
        JourneyVariables vars = JourneyVariables.ofTask(tasks, taskId);
        boolean visible;
        try {
            visible = switch (u.role()) {
                case ADMIN -> true;
                case COMPANY -> JourneyProcess.GROUP_COMPANY.equals(group) && u.companyId() != null
                        && u.companyId() == vars.companyId();
                case COACH -> JourneyProcess.GROUP_COACH.equals(group) && u.subprojectIds().contains(vars.subprojectId());
                case MANAGER -> u.subprojectIds().contains(vars.subprojectId());
            };
        } catch (RuntimeException e) {
            // completed (here or on another node) between the query and the reading of its variables?
            doneMeanwhile(taskId, e);
            throw doneOrUnknown(u, taskId, keys);
        }
        if (!visible) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") tried to reach task " + taskId
                    + " of company " + vars.companyId());
        }
        return t;
    }

    /**
     * The engine failed on a task that was open a moment ago. If it is no longer open, someone else completed it
     * at the same moment, on this node or another: the engine then fails in more ways than its
     * {@link OptimisticLockingException} (a {@link NotFoundException}, a {@link NullValueException}, or a
     * NullPointerException in its authorisation check when the task's execution is already gone), and the user is
     * told "already done". A task still open rethrows the original failure.
     */
    private UserMessageException doneMeanwhile(String taskId, RuntimeException failure) {
        if (failure instanceof UserMessageException || tasks.createTaskQuery().taskId(taskId).count() > 0) {
            throw failure;
        }
        return new UserMessageException("journey.error.taskDone");
    }

    /**
     * A task that is not (or no longer) open: "someone else completed it a moment ago" for a user who could have
     * seen it, else refused like any unknown id.
     */
    private RuntimeException doneOrUnknown(UserAccount u, String taskId, String... keys) {
        var done = taskId == null ? null : history.createHistoricTaskInstanceQuery().taskId(taskId)
                .processDefinitionKey(JourneyProcess.PROCESS_ID).finished().singleResult();
        if (done != null && (keys.length == 0 || List.of(keys).contains(done.getTaskDefinitionKey()))
                && mayHaveSeen(u, done)) {
            return new UserMessageException("journey.error.taskDone");
        }
        return currentUser.refused(u.username() + " asked for unknown task " + taskId);
    }

    /** Whether the user could see the (now completed) task: same rules as an open one, from the history. */
    private boolean mayHaveSeen(UserAccount u, org.camunda.bpm.engine.history.HistoricTaskInstance done) {
        Long companyId = historicLong(done.getProcessInstanceId(), JourneyProcess.Var.COMPANY_ID);
        Long subprojectId = historicLong(done.getProcessInstanceId(), JourneyProcess.Var.SUBPROJECT_ID);
        if (companyId == null || subprojectId == null) {
            return false;
        }
        String group = JourneyProcess.groupOfTask(done.getTaskDefinitionKey());
        return switch (u.role()) {
            case ADMIN -> true;
            case COMPANY -> JourneyProcess.GROUP_COMPANY.equals(group) && u.companyId() != null
                    && u.companyId().longValue() == companyId;
            case COACH -> JourneyProcess.GROUP_COACH.equals(group) && u.subprojectIds().contains(subprojectId);
            case MANAGER -> u.subprojectIds().contains(subprojectId);
        };
    }

    private Long historicLong(String processInstanceId, String name) {
        var v = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
                .list().stream().filter(x -> x.getValue() instanceof Number).findFirst().orElse(null);
        return v == null ? null : ((Number) v.getValue()).longValue();
    }

    /** A task the user may act on: visible, and the user's role is the task's candidate group. */
    private Task actionableTask(String taskId, UserAccount u, String... keys) {
        Task t = visibleTask(taskId, keys);
        if (!u.role().name().equals(JourneyProcess.groupOfTask(t.getTaskDefinitionKey()))) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") may not act on task " + taskId);
        }
        return t;
    }

    private String businessKey(Task t) {
        var pi = runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
        return pi == null ? null : pi.getBusinessKey();
    }

    // ---- mapping

    /**
     * Maps the tasks in batches: one query each for their executions, variables, process instances, companies, the assignees'
     * names, the follow-up timers and the training courses, however many tasks there are.
     */
    private List<TaskInfo> toInfos(Collection<Task> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<String> pis = new HashSet<>();
        list.forEach(t -> pis.add(t.getProcessInstanceId()));
        // every scope's route variables and every execution's parent, one statement each (per CHUNK instances)
        Map<String, Map<String, Object>> byScope = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(pis))) {
            executionsOf(chunk).forEach(e -> parentOf.put(e.getId(), ((ExecutionEntity) e).getParentId()));
            runtime.createVariableInstanceQuery().processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(ROUTE_VARIABLES.toArray(String[]::new)).disableBinaryFetching()
                    .disableCustomObjectDeserialization().list().stream().filter(v -> v.getTaskId() == null)
                    .forEach(v -> byScope.computeIfAbsent(v.getExecutionId(), x -> new HashMap<>())
                            .put(v.getName(), v.getValue()));
        }
        Map<String, JourneyVariables> vars = new HashMap<>();
        for (Task t : list) {
            // as the engine resolves them: from the process instance down to the task's execution, the closer scope
            // winning (a training task's planned activity lives on its multi-instance execution)
            List<String> chain = new ArrayList<>();
            for (String e = t.getExecutionId(); e != null && chain.size() < 50; e = parentOf.get(e)) {
                chain.add(0, e);
            }
            Map<String, Object> values = new HashMap<>();
            chain.forEach(e -> values.putAll(byScope.getOrDefault(e, Map.of())));
            vars.put(t.getId(), JourneyVariables.readOnly(values.keySet().containsAll(neededVariables(t.getTaskDefinitionKey()))
                    ? values : tasks.getVariables(t.getId(), ROUTE_VARIABLES))); // should never be needed: ask the engine
        }
        Map<String, String> businessKeys = new HashMap<>();
        runtime.createProcessInstanceQuery().processInstanceIds(pis).list()
                .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
        Map<Long, CompanyInfo> companyById = companies.lookupAll(vars.values().stream().map(JourneyVariables::companyId)
                .collect(Collectors.toSet()));
        Map<String, UserAccount> assignees = users.accountsOfAssignees(list.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, Instant> followUps = followUpsDue(list, pis);
        Map<Long, String> courses = training.courseNamesOfPlannedActivities(list.stream()
                .filter(t -> TRAINING_TASKS.contains(t.getTaskDefinitionKey()))
                .map(t -> vars.get(t.getId()).plannedActivityId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        List<TaskInfo> out = new ArrayList<>();
        for (Task t : list) {
            JourneyVariables v = vars.get(t.getId());
            long companyId = v.companyId();
            String key = t.getTaskDefinitionKey();
            Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            String pi = t.getProcessInstanceId();
            CompanyInfo company = companyById.get(companyId);
            String course = TRAINING_TASKS.contains(key) && v.plannedActivityId() != null
                    ? courses.get(v.plannedActivityId()) : null;
            UserAccount assignee = t.getAssignee() == null ? null : assignees.get(t.getAssignee());
            String assigneeUsername = assignee == null ? t.getAssignee() : assignee.username();
            String assigneeName = assignee == null ? t.getAssignee() : assignee.name();
            out.add(new TaskInfo(t.getId(), t.getName(), key, businessKeys.get(pi), companyId,
                    company == null ? "" : company.name(), JourneyProcess.phaseOfTask(key), t.getCreateTime().toInstant(),
                    due, assigneeUsername, due != null && due.isBefore(clock.instant()), route(t, v, companyId),
                    JourneyProcess.groupOfTask(key), v.subprojectId(), followUps.get(pi), course, assigneeName));
        }
        return out;
    }

    /** Process instances per statement of a batched look-up (an IN list PostgreSQL and H2 take at ease). */
    private static final int CHUNK = 500;

    /** The executions of the process instances, in one statement (the engine's API has no IN list for them). */
    private List<Execution> executionsOf(List<String> processInstanceIds) {
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(management.getTableName(ExecutionEntity.class))
                .append(" WHERE PROC_INST_ID_ IN (");
        var query = runtime.createNativeExecutionQuery();
        for (int i = 0; i < processInstanceIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("#{pi").append(i).append('}');
            query = query.parameter("pi" + i, processInstanceIds.get(i));
        }
        return query.sql(sql.append(')').toString()).list();
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    private static final Set<String> TRAINING_TASKS = Set.of(JourneyProcess.TASK_BOOK_TRAINING,
            JourneyProcess.TASK_REPORT_ATTENDANCE, JourneyProcess.TASK_APPROVE_ATTENDANCE,
            JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE);

    /** The variables the task's row cannot do without (its tenant and its route). */
    private static List<String> neededVariables(String taskKey) {
        List<String> out = new ArrayList<>(List.of(Var.COMPANY_ID, Var.SUBPROJECT_ID));
        switch (taskKey) {
            case JourneyProcess.TASK_FILL_IN_SURVEY -> out.add(Var.SURVEY_RESPONSE_ID);
            case JourneyProcess.TASK_FILL_IN_FOLLOW_UP -> out.add(Var.FOLLOW_UP_RESPONSE_ID);
            case JourneyProcess.TASK_BOOK_TRAINING, JourneyProcess.TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE ->
                    out.add(Var.PLANNED_ACTIVITY_ID);
            case JourneyProcess.TASK_REPORT_ATTENDANCE, JourneyProcess.TASK_APPROVE_ATTENDANCE -> {
                out.add(Var.PLANNED_ACTIVITY_ID);
                out.add(Var.TRAINING_ACTIVITY_ID);
            }
            default -> {
            }
        }
        return out;
    }

    /** When each instance's follow-up is (or was) due: the waiting timer's due date, or when the timer fired. */
    private Map<String, Instant> followUpsDue(Collection<Task> list, Set<String> pis) {
        Map<String, Instant> out = new HashMap<>();
        // (Camunda 7.24 writes invalid SQL for activityId together with processInstanceIds: match the job definitions)
        Set<String> followUpTimers = management.createJobDefinitionQuery().activityIdIn(JourneyProcess.TIMER_FOLLOW_UP_DUE)
                .list().stream().map(d -> d.getId()).collect(Collectors.toSet());
        management.createJobQuery().processInstanceIds(pis).timers().list()
                .forEach(j -> {
                    if (j.getDuedate() != null && followUpTimers.contains(j.getJobDefinitionId())) {
                        out.put(j.getProcessInstanceId(), j.getDuedate().toInstant());
                    }
                });
        // the timer has fired only for the tasks after it
        List<String> fired = list.stream().filter(t -> JourneyProcess.phaseOfTask(t.getTaskDefinitionKey()) == JourneyPhase.FOLLOW_UP)
                .map(Task::getProcessInstanceId).filter(pi -> !out.containsKey(pi)).distinct().toList();
        if (!fired.isEmpty()) {
            StringBuilder sql = new StringBuilder("SELECT * FROM ").append(management.getTableName(HistoricActivityInstance.class))
                    .append(" WHERE ACT_ID_ = #{activityId} AND END_TIME_ IS NOT NULL AND PROC_INST_ID_ IN (");
            var query = history.createNativeHistoricActivityInstanceQuery();
            for (int i = 0; i < fired.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("#{pi").append(i).append('}');
                query.parameter("pi" + i, fired.get(i));
            }
            query.parameter("activityId", JourneyProcess.TIMER_FOLLOW_UP_DUE);
            query.sql(sql.append(')').toString()).list().forEach(a -> out.merge(a.getProcessInstanceId(),
                    a.getEndTime().toInstant(), (x, y) -> x.isAfter(y) ? x : y));
        }
        return out;
    }

    /** When the follow-up is due: the waiting timer's due date, or when the timer fired. */
    Optional<Instant> followUpDue(String processInstanceId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId)
                .activityId(JourneyProcess.TIMER_FOLLOW_UP_DUE).timers().list().stream().findFirst().orElse(null);
        if (timer != null && timer.getDuedate() != null) {
            return Optional.of(timer.getDuedate().toInstant());
        }
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(JourneyProcess.TIMER_FOLLOW_UP_DUE).finished().list().stream()
                .map(a -> a.getEndTime().toInstant()).max(Comparator.naturalOrder());
    }

    static String route(Task t, JourneyVariables v, long companyId) {
        String companyTask = JourneyProcess.companyTaskPath(t.getTaskDefinitionKey(), v, companyId);
        if (companyTask != null) {
            return companyTask;
        }
        if (JourneyProcess.CONTACT_TASKS.contains(t.getTaskDefinitionKey())) {
            return "journey/task/" + t.getId();
        }
        return switch (t.getTaskDefinitionKey()) {
            case JourneyProcess.TASK_ANALYSE_SURVEY -> "journey/analysis/" + t.getId();
            case JourneyProcess.TASK_CONDUCT_COACHING -> "coaching/" + companyId;
            case JourneyProcess.TASK_BOOK_TRAINING -> "training/book/" + v.plannedActivityId();
            case JourneyProcess.TASK_APPROVE_ATTENDANCE -> "training/approve/" + v.trainingActivityId();
            case JourneyProcess.TASK_CLOSE_JOURNEY -> "journey/close/" + t.getId();
            case JourneyProcess.TASK_CORRECT_PARTICIPANT_MONTH -> "participant/" + v.participantId();
            default -> "inbox";
        };
    }
}
