package se.kompetensresan.journey;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.coaching.PlanDecided;
import se.kompetensresan.coaching.PlanSubmitted;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserService;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveySubmitted;
import se.kompetensresan.training.AttendanceApproved;
import se.kompetensresan.training.AttendanceReported;
import se.kompetensresan.training.TrainingBooked;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole journey on the real context, driven by the real event listeners and the real survey/coaching
 * services (nothing mocked).
 * TODO(lead, after merging survey and coaching): the survey service is a stub in the journey worktree.
 * Replace the marked step with answering and submitting the response through the survey module's public
 * API (its submit publishes SurveySubmitted), then remove @Disabled.
 */
@Disabled("needs the real SurveyService and CoachingService (stubs in the journey worktree)")
@SpringBootTest
@ActiveProfiles("test")
class JourneyIntegrationTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;

    @Test
    void journeyRunsFromSurveyToCompletion() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 60);
        JourneyInfo j = journeys.startAsSystem(c.id());
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();

        runJobs(pi); // ServiceTask_OpenSurvey → SurveyService.open
        long responseId = ((Number) runtime.getVariable(pi, JourneyProcess.Var.SURVEY_RESPONSE_ID)).longValue();
        // TODO(lead): answer and submit response `responseId` via the survey module instead of this event
        publish(new SurveySubmitted(responseId, c.id(), SurveyRound.FIRST));
        runJobs(pi); // score → decision → priority areas
        assertThat(taskKeys(pi)).containsExactly(JourneyProcess.TASK_ANALYSE_SURVEY);
        assertThat(runtime.getVariable(pi, JourneyProcess.Var.PROPOSED_TRACK)).isNotNull();

        String analysis = tasks.createTaskQuery().processInstanceId(pi).singleResult().getId();
        tasks.complete(analysis, JourneyVariables.newMap().coachingTrack("BAS").priorityAreas(List.of("LEAN")).asMap());
        runJobs(pi); // CoachingService.preparePlan
        long planId = ((Number) runtime.getVariable(pi, JourneyProcess.Var.PLAN_ID)).longValue();

        publish(new PlanSubmitted(c.id(), planId, List.of(501L)));
        publish(new PlanDecided(c.id(), planId, true, null));
        publish(new TrainingBooked(c.id(), 501L, 601L, LocalDate.now().minusDays(2)));
        runJobs(pi); // the training has ended already
        publish(new AttendanceReported(c.id(), 501L, 601L));
        publish(new AttendanceApproved(c.id(), 501L, 601L));
        runJobs(pi); // follow-up timer, SurveyService.open(FOLLOW_UP)
        long followUp = ((Number) runtime.getVariable(pi, JourneyProcess.Var.FOLLOW_UP_RESPONSE_ID)).longValue();
        publish(new SurveySubmitted(followUp, c.id(), SurveyRound.FOLLOW_UP));
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId());
        runJobs(pi);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    }

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    /** Executes due jobs (timers whose time has come are forced) until none is left. */
    private void runJobs(String pi) {
        for (int i = 0; i < 20; i++) {
            var jobs = management.createJobQuery().processInstanceId(pi).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private List<String> taskKeys(String pi) {
        return tasks.createTaskQuery().processInstanceId(pi).list().stream()
                .map(org.camunda.bpm.engine.task.Task::getTaskDefinitionKey).toList();
    }
}
