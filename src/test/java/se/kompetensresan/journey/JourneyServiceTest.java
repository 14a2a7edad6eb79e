package se.kompetensresan.journey;

import org.springframework.context.ApplicationContext;
import se.kompetensresan.journey.casefile.CaseFile;

import se.kompetensresan.journey.casefile.TimelineEntry;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.PlanDecided;
import se.kompetensresan.coaching.PlanSubmitted;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveySubmitted;
import se.kompetensresan.training.TrainingBooked;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.ZoneId;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journey module on the real Spring context and engine: starting, listing, the inbox's actions and the
 * events of the other modules completing the waiting tasks. Journeys start at the task under test
 * ({@link JourneyWalker#startAt}); {@code JourneyIntegrationTest} walks the whole way.
 */
@SpringBootTest
@ActiveProfiles("test")
class JourneyServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    JourneyService journeys;
    @Autowired
    CaseFile caseFile;
    @Autowired
    TaskInbox inbox;
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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private JourneyFixtures fx() {
        return new JourneyFixtures(users, projects, companies);
    }

    JourneyInfo startAt(CompanyInfo company, String activity, Map<String, Object> vars) {
        return new JourneyWalker(ctx).startAt(fx(), company, vars, activity);
    }

    @Test
    void managerStartsAJourneyWithACaseNumberAndARunningProcess() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 12);
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);

        JourneyInfo j = journeys.start(c.id());

        assertThat(j.caseNumber()).matches("KR-\\d{4}-\\d{4}");
        assertThat(j.status()).isEqualTo(JourneyStatus.ACTIVE);
        assertThat(j.phase()).isEqualTo(JourneyPhase.SURVEY);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).count()).isOne();
        assertThat(journeys.journeys()).extracting(JourneyInfo::caseNumber).contains(j.caseNumber());
        assertThat(caseFile.timeline(c.id())).extracting(e -> e.type().name()).contains("STARTED");
    }

    @Test
    void aSecondActiveJourneyIsRefused() {
        long sp = fx().subproject();
        CompanyInfo c = fx().company(sp, 12);
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);
        journeys.start(c.id());

        assertThatThrownBy(() -> journeys.start(c.id())).isInstanceOf(UserMessageException.class)
                .hasMessage("journey.error.alreadyActive");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theDatabaseItselfRefusesASecondActiveJourneyOfACompany() {
        CompanyInfo c = fx().company(fx().subproject(), 12);
        JourneyInfo j = journeys.startAsSystem(c.id());
        String insert = "insert into journey (case_number, company_id, subproject_id, phase, status, started_at, phase_since)"
                + " values (?, ?, ?, 'SURVEY', ?, current_timestamp, current_timestamp)";

        assertThatThrownBy(() -> jdbc.update(insert, j.caseNumber() + "-X", c.id(), c.subprojectId(), "ACTIVE"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.update(insert, j.caseNumber() + "-Y", c.id(), c.subprojectId(), "COMPLETED"); // ended ones do not count
    }

    @Test
    void journeysStartedAtTheSameMomentGetTheirOwnCaseNumbersAndOneActivePerCompany() throws Exception {
        long sp = fx().subproject();
        List<CompanyInfo> cs = java.util.stream.IntStream.range(0, 4).mapToObj(i -> fx().company(sp, 12)).toList();
        int threads = 8; // two starts per company at once
        var barrier = new java.util.concurrent.CyclicBarrier(threads);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<Object>> results = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            CompanyInfo c = cs.get(i % cs.size());
            results.add(pool.submit(() -> {
                barrier.await();
                try {
                    return journeys.startAsSystem(c.id());
                } catch (UserMessageException e) {
                    return e;
                }
            }));
        }
        List<Object> outcomes = new java.util.ArrayList<>();
        for (var f : results) {
            outcomes.add(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<JourneyInfo> started = outcomes.stream().filter(JourneyInfo.class::isInstance).map(JourneyInfo.class::cast).toList();
        assertThat(started).extracting(JourneyInfo::companyId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(cs.stream().map(CompanyInfo::id).toList());
        assertThat(started).extracting(JourneyInfo::caseNumber).doesNotHaveDuplicates();
        assertThat(outcomes).filteredOn(UserMessageException.class::isInstance)
                .hasSize(threads - cs.size())
                .allSatisfy(e -> assertThat(((UserMessageException) e).messageKey()).isEqualTo("journey.error.alreadyActive"));
    }

    @Test
    void managerOfAnotherDelprojektAndCoachesMayNotStart() {
        CompanyInfo c = fx().company(fx().subproject(), 12);
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(fx().subproject())), Role.MANAGER);
        assertThatThrownBy(() -> journeys.start(c.id())).isInstanceOf(AccessRefusedException.class);
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(c.subprojectId())), Role.COACH);
        assertThatThrownBy(() -> journeys.start(c.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void submittedSurveyCompletesTheCompanyTask() {
        CompanyInfo c = fx().company(fx().subproject(), 12);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_FILL_IN_SURVEY, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 4711L));
        String companyUser = fx().user(Role.COMPANY, c.id(), Set.of());
        JourneyFixtures.signIn(companyUser, Role.COMPANY);
        assertThat(inbox.tasks()).singleElement().satisfies(t -> {
            assertThat(t.taskKey()).isEqualTo(JourneyProcess.TASK_FILL_IN_SURVEY);
            assertThat(t.route()).isEqualTo("survey/4711");
            assertThat(t.caseNumber()).isEqualTo(j.caseNumber());
            assertThat(t.companyName()).isEqualTo(c.name());
        });

        tx.executeWithoutResult(s -> events.publishEvent(new SurveySubmitted(4711L, c.id(), SurveyRound.FIRST)));

        assertThat(inbox.tasks()).isEmpty();
        assertThat(management.createJobQuery().processInstanceId(pi(j))
                .activityId(JourneyProcess.SERVICE_SCORE_SURVEY).count()).isOne();
        // our own event tells of the completed task; the engine's entry for the same completion is not repeated
        assertThat(caseFile.timeline(c.id())).extracting(e -> e.type().name()).contains("SURVEY_SUBMITTED")
                .doesNotContain("TASK_COMPLETED");
    }

    @Test
    void planEventsDriveCoachingApprovalAndBooking() {
        CompanyInfo c = fx().company(fx().subproject(), 12);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_CONDUCT_COACHING, Map.of(JourneyProcess.Var.PLAN_ID, 9L));

        tx.executeWithoutResult(s -> events.publishEvent(new PlanSubmitted(c.id(), 9L, List.of(31L, 32L))));
        tx.executeWithoutResult(s -> events.publishEvent(new PlanDecided(c.id(), 9L, false, "mer svetsning")));
        assertThat(taskKeys(j)).containsExactly(JourneyProcess.TASK_CONDUCT_COACHING);
        tx.executeWithoutResult(s -> events.publishEvent(new PlanSubmitted(c.id(), 9L, List.of(31L, 32L))));
        tx.executeWithoutResult(s -> events.publishEvent(new PlanDecided(c.id(), 9L, true, null)));
        assertThat(taskKeys(j)).containsExactly(JourneyProcess.TASK_BOOK_TRAINING, JourneyProcess.TASK_BOOK_TRAINING);

        tx.executeWithoutResult(s -> events.publishEvent(new TrainingBooked(c.id(), 32L, 77L, LocalDate.of(2030, 4, 2))));

        assertThat(taskKeys(j)).containsExactly(JourneyProcess.TASK_BOOK_TRAINING);
        var timer = management.createJobQuery().processInstanceId(pi(j))
                .activityId(JourneyProcess.TIMER_TRAINING_ENDED).singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(LocalDate.of(2030, 4, 3).atStartOfDay(ZoneId.systemDefault()).toInstant());
        var remaining = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).singleResult();
        assertThat(JourneyVariables.ofTask(tasks, remaining.getId()).plannedActivityId()).isEqualTo(31L);
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(c.subprojectId())), Role.COACH);
        assertThat(inbox.tasks()).singleElement().extracting(TaskInfo::route).isEqualTo("training/book/31");
        assertThat(caseFile.timeline(c.id())).extracting(e -> e.type().name())
                .contains("PLAN_SUBMITTED", "PLAN_REJECTED", "PLAN_APPROVED", "TRAINING_BOOKED");
    }

    @Test
    void inboxShowsEachRoleOnlyItsOwnTasks() {
        long sp = fx().subproject();
        CompanyInfo mine = fx().company(sp, 10);
        CompanyInfo other = fx().company(fx().subproject(), 10);
        startAt(mine, JourneyProcess.TASK_FILL_IN_SURVEY, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 1L));
        startAt(other, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        startAt(fx().company(sp, 10), JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());

        JourneyFixtures.signIn(fx().user(Role.COMPANY, mine.id(), Set.of()), Role.COMPANY);
        assertThat(inbox.tasks()).extracting(TaskInfo::companyId).containsOnly(mine.id());
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(sp)), Role.COACH);
        List<TaskInfo> coachTasks = inbox.tasks();
        assertThat(coachTasks).hasSize(1).allMatch(t -> t.taskKey().equals(JourneyProcess.TASK_ANALYSE_SURVEY));
        String foreignTask = tasks.createTaskQuery().processVariableValueEquals(JourneyProcess.Var.COMPANY_ID, other.id())
                .singleResult().getId();
        assertThatThrownBy(() -> inbox.claim(foreignTask)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> inbox.task("no-such-task")).isInstanceOf(AccessRefusedException.class);

        inbox.claim(coachTasks.get(0).taskId());
        assertThat(inbox.task(coachTasks.get(0).taskId()).assignee()).isNotNull();
        inbox.unclaim(coachTasks.get(0).taskId());
        assertThat(inbox.task(coachTasks.get(0).taskId()).assignee()).isNull();

        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);
        assertThat(inbox.tasks()).hasSize(2);
        assertThatThrownBy(() -> inbox.claim(coachTasks.get(0).taskId())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void withdrawalEndsTheJourney() {
        CompanyInfo c = fx().company(fx().subproject(), 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_CONDUCT_COACHING, Map.of());
        JourneyFixtures.signIn(fx().user(Role.MANAGER, null, Set.of(c.subprojectId())), Role.MANAGER);
        assertThatThrownBy(() -> journeys.withdraw(c.id(), " ")).isInstanceOf(UserMessageException.class);

        journeys.withdraw(c.id(), "Företaget har inte tid");
        management.executeJob(management.createJobQuery().processInstanceId(pi(j)).singleResult().getId());

        JourneyInfo after = journeys.journeyOf(c.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(JourneyStatus.WITHDRAWN);
        assertThat(after.phase()).isEqualTo(JourneyPhase.WITHDRAWN);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).count()).isZero();
    }

    @Test
    void analysisTaskCompletesWithTheCoachsChoice() {
        CompanyInfo c = fx().company(fx().subproject(), 10);
        JourneyInfo j = startAt(c, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of("proposedTrack", "FORDJUPAD",
                JourneyProcess.Var.PRIORITY_AREAS, "LEAN,CNC"));
        JourneyFixtures.signIn(fx().user(Role.COACH, null, Set.of(c.subprojectId())), Role.COACH);
        String taskId = inbox.tasks().get(0).taskId();
        AnalysisInfo a = inbox.analysis(taskId);
        assertThat(a.proposedTrack()).isEqualTo("FORDJUPAD");
        assertThat(a.proposedAreas()).containsExactly("LEAN", "CNC");
        assertThatThrownBy(() -> inbox.completeAnalysis(taskId, "OKÄND", List.of("LEAN"))).isInstanceOf(UserMessageException.class);

        inbox.completeAnalysis(taskId, "BAS", List.of("LEAN"));

        assertThat(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber())
                .singleResult().getId(), JourneyProcess.Var.COACHING_TRACK)).isEqualTo("BAS");
        assertThat(management.createJobQuery().processInstanceId(pi(j))
                .activityId(JourneyProcess.SERVICE_PREPARE_PLAN).count()).isOne();
    }

    private String pi(JourneyInfo j) {
        var pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult();
        return pi == null ? "none" : pi.getId();
    }

    private List<String> taskKeys(JourneyInfo j) {
        return tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }
}
