package se.kompetensresan.journey;

import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.AreaComparison;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.ParticipantHours;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.context.ApplicationContext;

/**
 * A whole journey on the real context with nothing mocked: the company and the coach act through the
 * survey, coaching and training services exactly as their screens do, and the journey module's listeners
 * move the process. Jobs (asynchronous steps and timers) are executed by the test.
 */
@SpringBootTest
@ActiveProfiles("test")
class JourneyIntegrationTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    TaskInbox inbox;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    SurveyService surveys;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Autowired
    ApplicationContext applicationContext;
    JourneyWalker walk;

    @org.junit.jupiter.api.BeforeEach
    void walker() {
        walk = new JourneyWalker(applicationContext);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void journeyRunsFromSurveyToCompletionThroughTheModules() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        CompanyInfo c = fx.company(subproject, 20);
        String companyUser = fx.user(Role.COMPANY, c.id(), Set.of());
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        walkToTheEnd(c, companyUser, coach, journeys.startAsSystem(c.id()));
    }

    @Test
    void aCompanyThatWithdrewAfterItsSurveyGoesOnASecondJourneyToTheEnd() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        CompanyInfo c = fx.company(subproject, 20);
        String companyUser = fx.user(Role.COMPANY, c.id(), Set.of());
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        String manager = fx.user(Role.MANAGER, null, Set.of(subproject));
        JourneyInfo first = journeys.startAsSystem(c.id());
        String firstPi = walk.processInstance(first);
        walk.runJobs(firstPi);
        long firstResponse = walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow();
            walk.answerAll(responseId, 1);
            surveys.submit(responseId);
            return responseId;
        });
        walk.runJobs(firstPi);
        walk.as(manager, Role.MANAGER, () -> {
            journeys.withdraw(c.id(), "Byter ägare, återkommer i höst");
            return null;
        });
        walk.runJobs(firstPi);
        assertThat(walk.as(coach, Role.COACH, () -> journeys.journeyOf(c.id()).orElseThrow()).status())
                .isEqualTo(JourneyStatus.WITHDRAWN);

        JourneyInfo second = walk.as(manager, Role.MANAGER, () -> journeys.start(c.id()));
        walkToTheEnd(c, companyUser, coach, second);

        assertThat(walk.as(coach, Role.COACH, () -> surveys.responseIdFor(c.id(), SurveyRound.FIRST)).orElseThrow())
                .as("the second journey has a survey of its own").isNotEqualTo(firstResponse);
    }

    @Test
    void anEventThatFindsNoWaitingTaskOfTheActiveJourneyFailsLoudly() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 20);
        String companyUser = fx.user(Role.COMPANY, c.id(), Set.of());
        String pi = walk.start(c.id());
        long responseId = walk.as(companyUser, Role.COMPANY, () -> {
            long id = surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow();
            walk.answerAll(id, 1);
            surveys.submit(id);
            return id;
        });
        walk.runJobs(pi); // the journey has moved on to the analysis
        org.springframework.context.ApplicationEventPublisher events = applicationContext;

        // the same submission once more (a duplicate, an event out of step): no waiting survey task, refused
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> events.publishEvent(
                        new se.kompetensresan.survey.SurveySubmitted(responseId, c.id(), SurveyRound.FIRST)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(JourneyProcess.TASK_FILL_IN_SURVEY);
    }

    private void walkToTheEnd(CompanyInfo c, String companyUser, String coach, JourneyInfo j) {
        String pi = walk.processInstance(j);
        walk.runJobs(pi);

        // kartläggning: welding 1 → 3 is the only gap
        walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow();
            walk.answerAll(responseId, 1);
            surveys.submit(responseId);
            return null;
        });
        walk.runJobs(pi);

        // analysis: the decision proposes the basic track with welding as the one priority area
        walk.as(coach, Role.COACH, () -> {
            TaskInfo task = walk.only(JourneyProcess.TASK_ANALYSE_SURVEY, c.id());
            AnalysisInfo proposal = inbox.analysis(task.taskId());
            assertThat(proposal.proposedTrack()).isEqualTo("BAS");
            assertThat(proposal.proposedAreas()).containsExactly(CompetenceAreas.WELDING);
            inbox.completeAnalysis(task.taskId(), proposal.proposedTrack(), proposal.proposedAreas());
            return null;
        });
        walk.runJobs(pi);

        // coaching: a session and the plan; the company asks for a change once, then approves
        walk.as(coach, Role.COACH, () -> {
            coaching.logSession(c.id(), new CoachingSessionForm(LocalDate.now().minusDays(1), 60, "VD",
                    "Genomgång av kartläggningen", "Svetsutbildning"));
            return coaching.submitPlan(c.id());
        });
        walk.as(companyUser, Role.COMPANY, () -> coaching.rejectPlan(c.id(), "Vi vill ha med fler svetsare"));
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_CONDUCT_COACHING);
        walk.as(coach, Role.COACH, () -> coaching.submitPlan(c.id()));
        walk.as(companyUser, Role.COMPANY, () -> coaching.approvePlan(c.id()));
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_BOOK_TRAINING);

        // utbildning: booked (it ended two days ago, so the wait is over), attended, approved
        PlannedActivityInfo action = walk.as(coach, Role.COACH,
                () -> coaching.currentPlan(c.id()).orElseThrow().activities().get(0));
        LocalDate end = LocalDate.now().minusDays(2);
        long activityId = walk.as(coach, Role.COACH, () -> training.bookActivity(action.id(),
                new TrainingActivityForm("Svetsning MIG/MAG", "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)).id());
        walk.runJobs(pi);
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_REPORT_ATTENDANCE);
        walk.as(companyUser, Role.COMPANY, () -> training.reportAttendance(activityId,
                List.of(new ParticipantHours("Anna Svetsare", "19900101-0025", new BigDecimal("8")))));
        walk.as(coach, Role.COACH, () -> training.approveAttendance(activityId));
        walk.fireTimer(pi, "IntermediateCatchEvent_FollowUpDue"); // months in production
        walk.runJobs(pi); // the opening of the second round

        // uppföljning: welding has risen to 3
        walk.as(companyUser, Role.COMPANY, () -> {
            long followUp = surveys.responseIdFor(c.id(), SurveyRound.FOLLOW_UP).orElseThrow();
            walk.answerAll(followUp, 3);
            surveys.submit(followUp);
            return null;
        });
        walk.as(coach, Role.COACH, () -> {
            List<AreaComparison> comparison = surveys.compare(c.id());
            assertThat(comparison).filteredOn(a -> a.areaCode().equals(CompetenceAreas.WELDING))
                    .singleElement().extracting(AreaComparison::improvement).isEqualTo(2);
            inbox.completeClose(walk.only(JourneyProcess.TASK_CLOSE_JOURNEY, c.id()).taskId(), "Målen är nådda");
            return null;
        });
        walk.runJobs(pi);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        JourneyInfo done = walk.as(coach, Role.COACH, () -> journeys.journeyOf(c.id()).orElseThrow());
        assertThat(done.caseNumber()).isEqualTo(j.caseNumber());
        assertThat(done.status()).isEqualTo(JourneyStatus.COMPLETED);
    }

}
