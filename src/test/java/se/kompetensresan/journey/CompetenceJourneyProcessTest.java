package se.kompetensresan.journey;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.shared.OrganisationNumber;
import se.kompetensresan.survey.AreaGap;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyScore;
import se.kompetensresan.survey.SurveyService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.kompetensresan.journey.JourneyProcess.*;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;

/**
 * The real BPMN and DMN on a plain in-memory engine (no Spring): delegates are the real classes with
 * Mockito-mocked services; the happy path in one test, each branch started mid-process.
 */
@Deployment(resources = {"processes/CompetenceJourney.bpmn", "processes/CoachingTrack.dmn"})
class CompetenceJourneyProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml").build();

    private static final String CASE = "KR-2026-0001";
    private static final long COMPANY = 11L;
    private static final long SUBPROJECT = 3L;

    ProcessEngine processEngine;
    RuntimeService runtime;
    TaskService tasks;
    ManagementService management;

    SurveyService surveys = mock(SurveyService.class);
    CompanyService companies = mock(CompanyService.class);
    CoachingService coaching = mock(CoachingService.class);
    JourneyRecorder recorder = mock(JourneyRecorder.class);
    JourneyNotifications notifications = mock(JourneyNotifications.class);
    ProjectService projects = mock(ProjectService.class);
    JourneyRepository journeyRows = mock(JourneyRepository.class);
    static final Long JOURNEY = 77L;

    @BeforeEach
    void setUp() {
        processEngine = engine.getProcessEngine();
        runtime = processEngine.getRuntimeService();
        tasks = processEngine.getTaskService();
        management = processEngine.getManagementService();
        BpmnAwareTests.init(processEngine);

        Mocks.register("journeySettings", JourneySettings.defaults());
        when(journeyRows.idOf(any())).thenReturn(JOURNEY);
        Mocks.register("openSurveyDelegate", new OpenSurveyDelegate(surveys, journeyRows));
        Mocks.register("taskReminderDelegate", new TaskReminderDelegate(notifications));
        Mocks.register("followUpTimer", new FollowUpTimer(JourneySettings.defaults(), companies, projects));
        // the company's project asks for the follow-up three months after the training
        when(projects.subproject(SUBPROJECT)).thenReturn(Optional.of(new SubprojectInfo(
                SUBPROJECT, 9L, "Karlskoga", "Karlskoga kommun", List.of("1883"), 10)));
        when(projects.project(9L)).thenReturn(Optional.of(new ProjectInfo(9L, "Smart Kompetens",
                null, "Region Östergötland", null, null, null, null, 0, 0, null, 3)));
        Mocks.register("scoreSurveyDelegate", new ScoreSurveyDelegate(surveys, companies));
        Mocks.register("priorityAreasDelegate", new PriorityAreasDelegate(surveys));
        Mocks.register("preparePlanDelegate", new PreparePlanDelegate(coaching, journeyRows));
        Mocks.register("openFollowUpDelegate", new OpenFollowUpDelegate(surveys, journeyRows, notifications));
        Mocks.register("completeJourneyDelegate", new CompleteJourneyDelegate(recorder));
        Mocks.register("withdrawJourneyDelegate", new WithdrawJourneyDelegate(recorder));
        Mocks.register("journeyPhaseListener", new JourneyPhaseListener(recorder));

        when(surveys.open(COMPANY, SurveyRound.FIRST, JOURNEY)).thenReturn(101L);
        when(surveys.open(COMPANY, SurveyRound.FOLLOW_UP, JOURNEY)).thenReturn(102L);
        // strategic gap 2 → STRATEGISK, threshold 2 → the three areas with gap >= 2
        when(surveys.score(101L)).thenReturn(new SurveyScore(101L, COMPANY, List.of(
                new AreaGap("AUTOMATION", 1, 4, 5), new AreaGap("STRATEGIC_COMPETENCE", 1, 3, 2),
                new AreaGap("LEAN", 2, 4, 8), new AreaGap("WELDING", 2, 3, 3), new AreaGap("CNC", 3, 3, 1)),
                1.6, 3));
        when(companies.lookup(COMPANY)).thenReturn(Optional.of(new CompanyInfo(COMPANY,
                new OrganisationNumber("5560000001"), "Test AB", SUBPROJECT, "1883", null, "25", 10, 30,
                null, null, null)));
        when(coaching.preparePlan(eq(COMPANY), eq(JOURNEY), any(), any())).thenReturn(501L);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    // ---------------------------------------------------------------- happy path

    @Test
    void happyPathRunsFromSurveyToCompletedJourney() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS_ID, CASE,
                JourneyVariables.newMap().companyId(COMPANY).subprojectId(SUBPROJECT).asMap());
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_OPEN_SURVEY);
        executeJobAt(pi, SERVICE_OPEN_SURVEY);

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_FILL_IN_SURVEY).variables().containsEntry(Var.SURVEY_RESPONSE_ID, 101L);
        BpmnAwareTests.assertThat(task(pi, TASK_FILL_IN_SURVEY)).hasCandidateGroup(GROUP_COMPANY);
        verify(recorder).enterPhase(CASE, JourneyPhase.SURVEY);
        tasks.complete(task(pi, TASK_FILL_IN_SURVEY).getId());

        executeJobAt(pi, SERVICE_SCORE_SURVEY);
        executeJobAt(pi, SERVICE_PROPOSE_PRIORITY_AREAS);
        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_ANALYSE_SURVEY).variables()
                .containsEntry(Var.AVERAGE_GAP, 1.6).containsEntry(Var.MAX_GAP, 3)
                .containsEntry(Var.STRATEGIC_GAP, 2).containsEntry(Var.EMPLOYEES, 40)
                .containsEntry(Var.PROPOSED_TRACK, "STRATEGISK").containsEntry(Var.PRIORITY_GAP_THRESHOLD, 2)
                .containsEntry(Var.PRIORITY_AREAS, "AUTOMATION,STRATEGIC_COMPETENCE,LEAN");
        Task analyse = task(pi, TASK_ANALYSE_SURVEY);
        BpmnAwareTests.assertThat(analyse).hasCandidateGroup(GROUP_COACH);
        assertThat(analyse.getDueDate()).isAfter(new Date());
        verify(recorder, atLeastOnce()).enterPhase(CASE, JourneyPhase.ANALYSIS);
        tasks.complete(analyse.getId(), JourneyVariables.newMap().coachingTrack("FORDJUPAD")
                .priorityAreas(List.of("AUTOMATION", "LEAN")).asMap());

        executeJobAt(pi, SERVICE_PREPARE_PLAN);
        verify(coaching).preparePlan(COMPANY, JOURNEY, "FORDJUPAD", List.of("AUTOMATION", "LEAN"));
        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_CONDUCT_COACHING).variables().containsEntry(Var.PLAN_ID, 501L);
        verify(recorder).enterPhase(CASE, JourneyPhase.COACHING);
        tasks.complete(task(pi, TASK_CONDUCT_COACHING).getId(),
                JourneyVariables.newMap().plannedActivityIds(List.of(7L, 8L)).asMap());
        tasks.complete(task(pi, TASK_APPROVE_PLAN).getId(), JourneyVariables.newMap().planApproved(true).asMap());

        List<Task> bookings = tasks(pi, TASK_BOOK_TRAINING);
        assertThat(bookings).hasSize(2);
        verify(recorder, atLeastOnce()).enterPhase(CASE, JourneyPhase.TRAINING);
        for (Task booking : bookings) {
            JourneyVariables local = JourneyVariables.ofExecutionLocal(runtime, booking.getExecutionId());
            local.trainingActivityId(900 + local.plannedActivityId()).trainingEndsAfter(LocalDate.of(2026, 3, 10));
            tasks.complete(booking.getId());
        }
        for (Job timer : management.createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_TRAINING_ENDED).list()) {
            management.executeJob(timer.getId());
        }
        for (Task report : tasks(pi, TASK_REPORT_ATTENDANCE)) {
            assertThat(JourneyVariables.ofTask(tasks, report.getId()).trainingActivityId()).isIn(907L, 908L);
            tasks.complete(report.getId());
        }
        for (Task approve : tasks(pi, TASK_APPROVE_ATTENDANCE)) {
            tasks.complete(approve.getId());
        }

        BpmnAwareTests.assertThat(pi).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        verify(recorder).enterPhase(CASE, JourneyPhase.FOLLOW_UP);
        executeJobAt(pi, TIMER_FOLLOW_UP_DUE);
        executeJobAt(pi, SERVICE_OPEN_FOLLOW_UP);
        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_FILL_IN_FOLLOW_UP).variables().containsEntry(Var.FOLLOW_UP_RESPONSE_ID, 102L);
        verify(notifications).followUpInvitation(CASE, COMPANY, 102L);
        tasks.complete(task(pi, TASK_FILL_IN_FOLLOW_UP).getId());
        tasks.complete(task(pi, TASK_CLOSE_JOURNEY).getId());
        executeJobAt(pi, SERVICE_COMPLETE_JOURNEY);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_JOURNEY_COMPLETED);
        verify(recorder).markCompleted(CASE);
    }

    // ---------------------------------------------------------------- branches

    @Test
    void rejectedPlanGoesBackToCoachingOnce() {
        ProcessInstance pi = startBefore(TASK_CONDUCT_COACHING, Map.of(Var.PLAN_ID, 501L));
        tasks.complete(task(pi, TASK_CONDUCT_COACHING).getId(), JourneyVariables.newMap().plannedActivityIds(List.of(7L)).asMap());
        tasks.complete(task(pi, TASK_APPROVE_PLAN).getId(), JourneyVariables.newMap().planApproved(false).asMap());

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_CONDUCT_COACHING);
        tasks.complete(task(pi, TASK_CONDUCT_COACHING).getId(), JourneyVariables.newMap().plannedActivityIds(List.of(7L)).asMap());
        tasks.complete(task(pi, TASK_APPROVE_PLAN).getId(), JourneyVariables.newMap().planApproved(true).asMap());

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_BOOK_TRAINING);
        assertThat(historicCount(pi, TASK_CONDUCT_COACHING)).isEqualTo(2);
    }

    /** Each company task: its reminder timer, reminder service task, escalation timer, the coach's task, its page. */
    static Stream<Arguments> companyTasks() {
        return Stream.of(
                Arguments.of(TASK_FILL_IN_SURVEY, BOUNDARY_SURVEY_REMINDER, SERVICE_SEND_SURVEY_REMINDER,
                        BOUNDARY_SURVEY_ESCALATION, TASK_CONTACT_COMPANY, "survey/101"),
                Arguments.of(TASK_APPROVE_PLAN, BOUNDARY_PLAN_APPROVAL_REMINDER, SERVICE_SEND_PLAN_APPROVAL_REMINDER,
                        BOUNDARY_PLAN_APPROVAL_ESCALATION, TASK_CONTACT_COMPANY_ABOUT_PLAN, "plan/" + COMPANY),
                Arguments.of(TASK_REPORT_ATTENDANCE, BOUNDARY_ATTENDANCE_REMINDER, SERVICE_SEND_ATTENDANCE_REMINDER,
                        BOUNDARY_ATTENDANCE_ESCALATION, TASK_CONTACT_COMPANY_ABOUT_ATTENDANCE, "training/attendance/907"),
                Arguments.of(TASK_FILL_IN_FOLLOW_UP, BOUNDARY_FOLLOW_UP_REMINDER, SERVICE_SEND_FOLLOW_UP_REMINDER,
                        BOUNDARY_FOLLOW_UP_ESCALATION, TASK_CONTACT_COMPANY_ABOUT_FOLLOW_UP, "survey/102"));
    }

    @ParameterizedTest
    @MethodSource("companyTasks")
    void everyCompanyTaskIsRemindedWeeklyAndStays(String task, String reminderTimer, String reminderService,
                                                  String escalationTimer, String contactTask, String page) {
        ProcessInstance pi = waitingAt(task);
        Job reminder = management.createJobQuery().processInstanceId(pi.getId()).activityId(reminderTimer).singleResult();
        assertThat(days(reminder)).isBetween(6.9, 7.1);

        management.executeJob(reminder.getId());
        executeJobAt(pi, reminderService);

        verify(notifications).reminder(CASE, COMPANY, task, page, JourneyRecorder.SYSTEM);
        BpmnAwareTests.assertThat(pi).isWaitingAt(task);
        assertThat(tasks(pi, task)).hasSize(1);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(reminderTimer).count())
                .as("the cycle schedules the next reminder").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("companyTasks")
    void silenceForThreeWeeksAsksTheCoachToContactTheCompany(String task, String reminderTimer, String reminderService,
                                                             String escalationTimer, String contactTask, String page) {
        ProcessInstance pi = waitingAt(task);
        Job escalation = management.createJobQuery().processInstanceId(pi.getId()).activityId(escalationTimer).singleResult();
        assertThat(days(escalation)).isBetween(20.9, 21.1);

        management.executeJob(escalation.getId());

        BpmnAwareTests.assertThat(pi).isWaitingAt(task, contactTask);
        BpmnAwareTests.assertThat(task(pi, contactTask)).hasCandidateGroup(GROUP_COACH);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(escalationTimer).count())
                .as("the coach is asked once").isZero();
        tasks.complete(task(pi, contactTask).getId());
        BpmnAwareTests.assertThat(pi).isWaitingAt(task);
        assertThat(tasks(pi, contactTask)).isEmpty();
    }

    @Test
    void aCompanyTaskDoneInTimeTakesItsRemindersAndEscalationAlong() {
        ProcessInstance pi = waitingAt(TASK_APPROVE_PLAN);
        tasks.complete(task(pi, TASK_APPROVE_PLAN).getId(), JourneyVariables.newMap().planApproved(true)
                .plannedActivityIds(List.of(7L)).asMap());

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_BOOK_TRAINING);
        assertThat(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(BOUNDARY_PLAN_APPROVAL_REMINDER).count()).isZero();
        assertThat(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(BOUNDARY_PLAN_APPROVAL_ESCALATION).count()).isZero();
    }

    /** A journey waiting at the company task (the attendance report after its training has ended). */
    private ProcessInstance waitingAt(String task) {
        if (TASK_REPORT_ATTENDANCE.equals(task)) {
            ProcessInstance pi = startBefore(SUBPROCESS_TRAINING, Map.of(Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(List.of(7L))));
            Task booking = task(pi, TASK_BOOK_TRAINING);
            JourneyVariables.ofExecutionLocal(runtime, booking.getExecutionId()).trainingActivityId(907L)
                    .trainingEndsAfter(LocalDate.of(2026, 3, 10));
            tasks.complete(booking.getId());
            executeJobAt(pi, TIMER_TRAINING_ENDED);
            return pi;
        }
        return startBefore(task, Map.of(Var.SURVEY_RESPONSE_ID, 101L, Var.FOLLOW_UP_RESPONSE_ID, 102L, Var.PLAN_ID, 501L));
    }

    @Test
    void trainingRunsOneInstancePerPlannedActivity() {
        ProcessInstance pi = startBefore(SUBPROCESS_TRAINING, Map.of(Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(List.of(7L, 8L))));

        List<Task> bookings = tasks(pi, TASK_BOOK_TRAINING);
        assertThat(bookings).hasSize(2);
        assertThat(bookings).map(t -> JourneyVariables.ofTask(tasks, t.getId()).plannedActivityId()).containsExactlyInAnyOrder(7L, 8L);
        assertThat(bookings).allSatisfy(t -> BpmnAwareTests.assertThat(t).hasCandidateGroup(GROUP_COACH));
    }

    @Test
    void trainingWaitsUntilTheDayAfterItsEndDate() {
        ProcessInstance pi = startBefore(SUBPROCESS_TRAINING, Map.of(Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(List.of(7L))));
        Task booking = task(pi, TASK_BOOK_TRAINING);
        JourneyVariables.ofExecutionLocal(runtime, booking.getExecutionId()).trainingActivityId(907L)
                .trainingEndsAfter(LocalDate.of(2031, 5, 20));
        tasks.complete(booking.getId());

        BpmnAwareTests.assertThat(pi).isWaitingAt(TIMER_TRAINING_ENDED);
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_TRAINING_ENDED).singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(
                LocalDateTime.of(2031, 5, 21, 0, 0).atZone(ZoneId.systemDefault()).toInstant()));
        assertThat(tasks(pi, TASK_REPORT_ATTENDANCE)).isEmpty();

        management.executeJob(timer.getId());
        Task report = task(pi, TASK_REPORT_ATTENDANCE);
        BpmnAwareTests.assertThat(report).hasCandidateGroup(GROUP_COMPANY);
        assertThat(JourneyVariables.ofTask(tasks, report.getId()).trainingActivityId()).isEqualTo(907L);
    }

    @Test
    void followUpWaitsForTheMonthsTheProjectAsksForUnlessTheInstallationOverridesIt() {
        Mocks.register("followUpTimer", new FollowUpTimer(JourneySettings.withFollowUpDelay("PT2M"),
                companies, projects));
        ProcessInstance demo = startBefore(TIMER_FOLLOW_UP_DUE, Map.of());
        Job twoMinutes = management.createJobQuery().processInstanceId(demo.getId()).activityId(TIMER_FOLLOW_UP_DUE).singleResult();
        assertThat(days(twoMinutes) * 24 * 60).isBetween(1.9, 2.1);
    }

    @Test
    void followUpOpensAfterTheProjectsDelay() {
        ProcessInstance pi = startBefore(TIMER_FOLLOW_UP_DUE, Map.of());
        Job timer = management.createJobQuery().processInstanceId(pi.getId()).activityId(TIMER_FOLLOW_UP_DUE).singleResult();
        assertThat(days(timer)).as("three calendar months").isBetween(88.9, 92.1);

        management.executeJob(timer.getId());
        executeJobAt(pi, SERVICE_OPEN_FOLLOW_UP);

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_FILL_IN_FOLLOW_UP).variables().containsEntry(Var.FOLLOW_UP_RESPONSE_ID, 102L);
        BpmnAwareTests.assertThat(task(pi, TASK_FILL_IN_FOLLOW_UP)).hasCandidateGroup(GROUP_COMPANY);
    }

    @ParameterizedTest
    @ValueSource(strings = {TASK_FILL_IN_SURVEY, TASK_ANALYSE_SURVEY, TASK_CONDUCT_COACHING, SUBPROCESS_TRAINING, TIMER_FOLLOW_UP_DUE, TASK_CLOSE_JOURNEY})
    void withdrawalEndsTheJourneyFromAnyPhase(String activity) {
        ProcessInstance pi = startBefore(activity, Map.of(Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(List.of(7L, 8L)),
                Var.SURVEY_RESPONSE_ID, 101L));

        runtime.createMessageCorrelation(MESSAGE_COMPANY_WITHDREW).processInstanceBusinessKey(CASE).correlate();
        executeJobAt(pi, SERVICE_MARK_WITHDRAWN);

        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_JOURNEY_WITHDRAWN).hasNotPassed(END_JOURNEY_COMPLETED);
        verify(recorder).markWithdrawn(CASE);
    }

    @Test
    void failingServiceTaskLeavesAnIncidentAfterItsRetries() {
        when(surveys.open(anyLong(), eq(SurveyRound.FIRST), any())).thenThrow(new IllegalStateException("survey down"));
        ProcessInstance pi = startBefore(SERVICE_OPEN_SURVEY, Map.of());
        Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("survey down");
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).as("R3/PT1M: two retries left").isEqualTo(2);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();

        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("survey down");

        var incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(SERVICE_OPEN_SURVEY);
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_OPEN_SURVEY);
    }

    // ---------------------------------------------------------------- helpers

    private ProcessInstance startBefore(String activity, Map<String, Object> extra) {
        Map<String, Object> vars = new HashMap<>(JourneyVariables.newMap().companyId(COMPANY).subprojectId(SUBPROJECT).asMap());
        vars.putAll(extra);
        return runtime.createProcessInstanceByKey(PROCESS_ID).businessKey(CASE).setVariables(vars)
                // a multi-instance activity starts as a whole through its body
                .startBeforeActivity(SUBPROCESS_TRAINING.equals(activity) ? activity + "#multiInstanceBody" : activity)
                .execute();
    }

    private void executeJobAt(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private Task task(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private List<Task> tasks(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    private long historicCount(ProcessInstance pi, String key) {
        return processEngine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(key).count();
    }

    private static double days(Job job) {
        return (job.getDuedate().getTime() - System.currentTimeMillis()) / 86_400_000.0;
    }
}
