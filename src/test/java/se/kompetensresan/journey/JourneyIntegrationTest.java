package se.kompetensresan.journey;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.NewCoachingSession;
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
import se.kompetensresan.training.NewTrainingActivity;
import se.kompetensresan.training.ParticipantHours;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

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
        JourneyInfo j = journeys.startAsSystem(c.id());
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        runJobs(pi);

        // kartläggning: welding 1 → 3 is the only gap
        as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow();
            answerAll(responseId, 1);
            surveys.submit(responseId);
            return null;
        });
        runJobs(pi);

        // analysis: the decision proposes the basic track with welding as the one priority area
        as(coach, Role.COACH, () -> {
            TaskInfo task = only(JourneyProcess.TASK_ANALYSE_SURVEY, c.id());
            AnalysisInfo proposal = inbox.analysis(task.taskId());
            assertThat(proposal.proposedTrack()).isEqualTo("BAS");
            assertThat(proposal.proposedAreas()).containsExactly(CompetenceAreas.WELDING);
            inbox.completeAnalysis(task.taskId(), proposal.proposedTrack(), proposal.proposedAreas());
            return null;
        });
        runJobs(pi);

        // coaching: a session and the plan; the company asks for a change once, then approves
        as(coach, Role.COACH, () -> {
            coaching.logSession(c.id(), new NewCoachingSession(LocalDate.now().minusDays(1), 60, "VD",
                    "Genomgång av kartläggningen", "Svetsutbildning"));
            return coaching.submitPlan(c.id());
        });
        as(companyUser, Role.COMPANY, () -> coaching.rejectPlan(c.id(), "Vi vill ha med fler svetsare"));
        assertThat(openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_CONDUCT_COACHING);
        as(coach, Role.COACH, () -> coaching.submitPlan(c.id()));
        as(companyUser, Role.COMPANY, () -> coaching.approvePlan(c.id()));
        assertThat(openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_BOOK_TRAINING);

        // utbildning: booked (it ended two days ago, so the wait is over), attended, approved
        PlannedActivityInfo action = as(coach, Role.COACH,
                () -> coaching.currentPlan(c.id()).orElseThrow().activities().get(0));
        LocalDate end = LocalDate.now().minusDays(2);
        long activityId = as(coach, Role.COACH, () -> training.bookActivity(action.id(),
                new NewTrainingActivity("Svetsning MIG/MAG", "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)).id());
        runJobs(pi);
        assertThat(openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_REPORT_ATTENDANCE);
        as(companyUser, Role.COMPANY, () -> training.reportAttendance(activityId,
                List.of(new ParticipantHours("Anna Svetsare", "19900101-0025", new BigDecimal("8")))));
        as(coach, Role.COACH, () -> training.approveAttendance(activityId));
        fireTimer(pi, "IntermediateCatchEvent_FollowUpDue"); // months in production
        runJobs(pi); // the opening of the second round

        // uppföljning: welding has risen to 3
        as(companyUser, Role.COMPANY, () -> {
            long followUp = surveys.responseIdFor(c.id(), SurveyRound.FOLLOW_UP).orElseThrow();
            answerAll(followUp, 3);
            surveys.submit(followUp);
            return null;
        });
        as(coach, Role.COACH, () -> {
            List<AreaComparison> comparison = surveys.compare(c.id());
            assertThat(comparison).filteredOn(a -> a.areaCode().equals(CompetenceAreas.WELDING))
                    .singleElement().extracting(AreaComparison::improvement).isEqualTo(2);
            inbox.completeClose(only(JourneyProcess.TASK_CLOSE_JOURNEY, c.id()).taskId(), "Målen är nådda");
            return null;
        });
        runJobs(pi);

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        JourneyInfo done = as(coach, Role.COACH, () -> journeys.journeyOf(c.id()).orElseThrow());
        assertThat(done.status()).isEqualTo(JourneyStatus.COMPLETED);
    }

    private void answerAll(long responseId, int weldingLevel) {
        for (String area : CompetenceAreas.ALL) {
            boolean welding = area.equals(CompetenceAreas.WELDING);
            surveys.saveAnswer(responseId, area, welding ? weldingLevel : 2, welding ? 3 : 2, 4);
        }
        // the company and strategy questions the default questionnaire requires
        String[][] required = {{"recruitmentCount", "2"}, {"genderGoals", "planned"}, {"trainingBudget", "50k-200k"},
                {"competencePlanning", "adhoc"}, {"strategyLinked", "3"}, {"leadersSupport", "3"}, {"learningCulture", "3"}};
        for (String[] qa : required) {
            surveys.saveValue(responseId, null, qa[0], qa[1]);
        }
    }

    private TaskInfo only(String taskKey, long companyId) {
        return inbox.tasks().stream().filter(t -> t.taskKey().equals(taskKey) && t.companyId() == companyId)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one " + taskKey);
                }).orElseThrow(() -> new AssertionError("no " + taskKey));
    }

    private <T> T as(String username, Role role, Supplier<T> work) {
        JourneyFixtures.signIn(username, role);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Fires the timer waiting at the given event before its time. */
    private void fireTimer(String pi, String activityId) {
        management.executeJob(management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult().getId());
    }

    /** Executes the instance's due jobs (asynchronous steps, timers whose time has come) until none is left. */
    private void runJobs(String pi) {
        for (int i = 0; i < 20; i++) {
            var jobs = management.createJobQuery().processInstanceId(pi).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private List<String> openTaskKeys(String pi) {
        return runtime.getActiveActivityIds(pi).stream().filter(id -> id.startsWith("Task_")).toList();
    }
}
