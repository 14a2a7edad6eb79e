package se.kompetensresan.journey;

import se.kompetensresan.journey.casefile.JourneyEventType;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

import java.util.List;
import java.util.Map;
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

    ProcessEventListeners(JourneyRepository journeys, JourneyRecorder recorder, TaskService tasks,
                          RuntimeService runtime, CurrentUser currentUser, TrainingService training) {
        this.training = training;
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
        findTask(e.companyId(), JourneyProcess.TASK_BOOK_TRAINING, e.plannedActivityId()).ifPresent(t -> {
            JourneyVariables.ofExecutionLocal(runtime, t.getExecutionId())
                    .trainingActivityId(e.trainingActivityId()).trainingEndsAfter(e.endDate());
            finish(e.companyId(), t, Map.of(), JourneyEventType.TRAINING_BOOKED, course(e.trainingActivityId()), null);
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
        findTask(companyId, taskKey, plannedActivityId).ifPresent(t -> finish(companyId, t, vars, type, arguments, note));
    }

    private void finish(long companyId, Task t, Map<String, Object> vars, JourneyEventType type, List<String> arguments,
                        String note) {
        UserAccount user = currentUser.get().orElse(null);
        String actor = user == null ? JourneyRecorder.SYSTEM : user.username();
        if (t.getAssignee() == null && user != null) {
            tasks.setAssignee(t.getId(), user.assigneeId());
        }
        tasks.complete(t.getId(), vars);
        recorder.record(caseNumberOf(companyId), actor, type, arguments, note);
    }

    private String caseNumberOf(long companyId) {
        return journeys.findByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE).map(j -> j.caseNumber).orElse(null);
    }

    /** The waiting task of the company's active journey; for training tasks the one of the planned activity. */
    private Optional<Task> findTask(long companyId, String taskKey, Long plannedActivityId) {
        Optional<Journey> journey = journeys.findByCompanyIdAndStatus(companyId, JourneyStatus.ACTIVE);
        if (journey.isEmpty()) {
            LOG.info("{} for company {} without an active journey: outside any journey, ignored", taskKey, companyId);
            return Optional.empty();
        }
        Optional<Task> task = tasks.createTaskQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                .processInstanceBusinessKey(journey.get().caseNumber).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> plannedActivityId == null
                        || plannedActivityId.equals(JourneyVariables.ofTask(tasks, t.getId()).plannedActivityId()))
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
        return task;
    }
}
