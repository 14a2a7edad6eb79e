package se.kompetensresan.journey;

import se.kompetensresan.journey.casefile.JourneyEventType;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.coaching.PlanDecided;
import se.kompetensresan.coaching.PlanSubmitted;
import se.kompetensresan.participant.AttendanceApproved;
import se.kompetensresan.participant.AttendanceReported;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveySubmitted;
import se.kompetensresan.training.TrainingBooked;
import se.kompetensresan.training.TrainingService;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Into the process: the feature modules' events complete the waiting task of the company's active journey,
 * synchronously inside the publisher's transaction, and leave an entry in the journey's timeline.
 * An event of a company without an active journey (a survey or plan outside any journey) is logged and ignored;
 * an event ahead of the journey's phase (a plan written before the analysis is confirmed) waits for the process;
 * an event of a journey at or past the task's phase that finds no waiting task fails (IllegalStateException), so
 * the publisher's transaction rolls back instead of the event being lost.
 */
@Component
@Transactional
class ProcessEventListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessEventListeners.class);

    private final JourneyRepository journeys;
    private final JourneyRecorder recorder;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final TrainingService training;
    private final TaskCompleter completer;

    ProcessEventListeners(JourneyRepository journeys, JourneyRecorder recorder, TaskService tasks,
                          RuntimeService runtime, CurrentUser currentUser, TrainingService training,
                          TaskCompleter completer) {
        this.training = training;
        this.completer = completer;
        this.journeys = journeys;
        this.recorder = recorder;
        this.tasks = tasks;
        this.runtime = runtime;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(SurveySubmitted e) {
        boolean first = e.round() == SurveyRound.FIRST;
        complete(e.companyId(), first ? JourneyProcess.TASK_FILL_IN_SURVEY : JourneyProcess.TASK_FILL_IN_FOLLOW_UP, null,
                Map.of(), first ? JourneyEventType.SURVEY_SUBMITTED : JourneyEventType.FOLLOW_UP_SUBMITTED, List.of(), null);
    }

    @EventListener
    void on(PlanSubmitted e) {
        complete(e.companyId(), JourneyProcess.TASK_CONDUCT_COACHING, null,
                JourneyVariables.newMap().plannedActivityIds(e.plannedActivityIds()).asMap(),
                JourneyEventType.PLAN_SUBMITTED, List.of(), null);
    }

    @EventListener
    void on(PlanDecided e) {
        complete(e.companyId(), JourneyProcess.TASK_APPROVE_PLAN, null,
                JourneyVariables.newMap().planApproved(e.approved()).asMap(),
                e.approved() ? JourneyEventType.PLAN_APPROVED : JourneyEventType.PLAN_REJECTED, List.of(), e.comment());
    }

    @EventListener
    void on(TrainingBooked e) {
        findTask(e.companyId(), JourneyProcess.TASK_BOOK_TRAINING, e.plannedActivityId()).ifPresent(w -> {
            // local to the training's multi-instance execution, both in one call
            runtime.setVariablesLocal(w.task().getExecutionId(), JourneyVariables.newMap()
                    .trainingActivityId(e.trainingActivityId()).trainingEndsAfter(e.endDate()).asMap());
            finish(w, Map.of(), JourneyEventType.TRAINING_BOOKED, course(e.trainingActivityId()), null);
        });
    }

    /**
     * The company's confirmation that the attendance is complete. Inside an active journey past the booking it must
     * find its waiting Rapportera närvaro task, else the company is told it is not due (and nothing is stored): a
     * confirmation the process never saw is what used to leave the journey hanging.
     */
    @EventListener
    void on(AttendanceReported e) {
        try {
            complete(e.companyId(), JourneyProcess.TASK_REPORT_ATTENDANCE, e.plannedActivityId(), Map.of(),
                    JourneyEventType.ATTENDANCE_REPORTED, course(e.trainingActivityId()), null);
        } catch (IllegalStateException notWaiting) {
            throw new UserMessageException("journey.error.attendanceNotDue");
        }
    }

    @EventListener
    void on(AttendanceApproved e) {
        complete(e.companyId(), JourneyProcess.TASK_APPROVE_ATTENDANCE, e.plannedActivityId(), Map.of(),
                JourneyEventType.ATTENDANCE_APPROVED, course(e.trainingActivityId()), null);
    }

    /** The arguments of a training event: the activity's id and its course name (kept, so the timeline names it). */
    private List<String> course(long trainingActivityId) {
        String name = training.courseNames(List.of(trainingActivityId)).get(trainingActivityId);
        return name == null ? List.of(String.valueOf(trainingActivityId)) : List.of(String.valueOf(trainingActivityId), name);
    }

    private void complete(long companyId, String taskKey, Long plannedActivityId, Map<String, Object> vars,
                          JourneyEventType type, List<String> arguments, String note) {
        findTask(companyId, taskKey, plannedActivityId).ifPresent(w -> finish(w, vars, type, arguments, note));
    }

    /** A waiting task and the company's active journey it belongs to. */
    private record Waiting(Journey journey, Task task) {
    }

    private void finish(Waiting w, Map<String, Object> vars, JourneyEventType type, List<String> arguments, String note) {
        Task t = w.task();
        UserAccount user = currentUser.get().orElse(null);
        String actor = user == null ? JourneyRecorder.SYSTEM : user.username();
        completer.complete(t.getId(), t.getAssignee() == null && user != null ? user.assigneeId() : null, vars);
        // the journey row is the managed entity the process's own listeners changed while completing (same
        // transaction): an entry only while it is still the company's active journey, as before
        Journey j = w.journey();
        if (j.status == JourneyStatus.ACTIVE) {
            recorder.add(j.id, actor, type, arguments, note);
        } else {
            LOG.warn("no active journey for company {} ({})", j.companyId, type);
        }
    }

    /** The waiting task of the company's active journey; for training tasks the one of the planned activity. */
    private Optional<Waiting> findTask(long companyId, String taskKey, Long plannedActivityId) {
        Optional<Journey> journey = journeys.findByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE);
        if (journey.isEmpty()) {
            LOG.info("{} for company {} without an active journey: outside any journey, ignored", taskKey, companyId);
            return Optional.empty();
        }
        List<Task> waiting = tasks.createTaskQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                .processInstanceBusinessKey(journey.get().caseNumber).taskDefinitionKey(taskKey).list();
        Map<String, Long> plannedActivityOf = plannedActivityId == null ? Map.of() : plannedActivityOf(waiting);
        Optional<Task> task = waiting.stream()
                .filter(t -> plannedActivityId == null || plannedActivityId.equals(plannedActivityOf.get(t.getId())))
                .findFirst();
        JourneyPhase taskPhase = JourneyProcess.phaseOfTask(taskKey);
        if (task.isEmpty() && taskPhase != null && journey.get().phase.ordinal() < taskPhase.ordinal()) {
            // work done ahead of the process (a plan written while the analysis is still open): the process
            // finds it when it gets there
            LOG.info("{} in journey {} ahead of its phase {}: nothing to complete yet", taskKey,
                    journey.get().caseNumber, journey.get().phase);
            return Optional.empty();
        }
        if (task.isEmpty()) {
            // the journey is at or past the task's phase and the task is not there: an event out of step would
            // be lost and the journey could stall unnoticed, so refuse (the publisher's transaction rolls back)
            throw new IllegalStateException("no waiting " + taskKey + " in journey " + journey.get().caseNumber
                    + (plannedActivityId == null ? "" : " for planned activity " + plannedActivityId));
        }
        return task.map(t -> new Waiting(journey.get(), t));
    }

    /**
     * The planned activity of each task as the engine resolves it (the closest scope from the task's execution up to
     * the process instance; it lives on the training's multi-instance execution), from one statement for the
     * executions and one for the variables instead of a variable look-up per task. A task whose chain has none is
     * asked of the engine.
     */
    private Map<String, Long> plannedActivityOf(List<Task> waiting) {
        Map<String, Long> out = new HashMap<>();
        if (waiting.isEmpty()) {
            return out;
        }
        Set<String> pis = new HashSet<>();
        waiting.forEach(t -> pis.add(t.getProcessInstanceId()));
        Map<String, String> parentOf = new HashMap<>();
        Map<String, Object> valueAt = new HashMap<>();
        for (String pi : pis) {
            runtime.createExecutionQuery().processInstanceId(pi).list()
                    .forEach(e -> parentOf.put(e.getId(), ((ExecutionEntity) e).getParentId()));
        }
        runtime.createVariableInstanceQuery().processInstanceIdIn(pis.toArray(String[]::new))
                .variableName(JourneyProcess.Var.PLANNED_ACTIVITY_ID).disableBinaryFetching()
                .disableCustomObjectDeserialization().list().stream().filter(v -> v.getTaskId() == null)
                .forEach(v -> valueAt.put(v.getExecutionId(), v.getValue()));
        for (Task t : waiting) {
            Object value = null;
            boolean found = false;
            for (String e = t.getExecutionId(), guard = ""; e != null && guard.length() < 50; e = parentOf.get(e), guard += ".") {
                if (valueAt.containsKey(e)) {
                    value = valueAt.get(e);
                    found = true;
                    break;
                }
            }
            Long id = found ? (value == null ? null : ((Number) value).longValue())
                    : JourneyVariables.ofTask(tasks, t.getId()).plannedActivityId(); // should never be needed
            out.put(t.getId(), id);
        }
        return out;
    }
}
