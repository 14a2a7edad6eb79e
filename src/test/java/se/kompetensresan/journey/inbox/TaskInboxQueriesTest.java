package se.kompetensresan.journey.inbox;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneySteps;
import se.kompetensresan.journey.JourneySteps.Stage;
import se.kompetensresan.journey.JourneyVariables;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox is built in batches: a coach's and a manager's inbox take as many SQL statements for a delprojekt
 * with twice as many journeys in every stage, and every row (route, case number, follow-up date) is what the
 * engine says about that task on its own.
 */
@SpringBootTest
@ActiveProfiles("test")
class TaskInboxQueriesTest {

    private static final List<Stage> STAGES = List.of(Stage.SURVEY, Stage.ANALYSIS, Stage.COACHING,
            Stage.APPROVE_PLAN, Stage.BOOK_TRAINING, Stage.REPORT_ATTENDANCE, Stage.APPROVE_ATTENDANCE, Stage.FOLLOW_UP,
            Stage.CLOSE);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    TaskInbox inbox;
    @Autowired
    TaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Inbox(List<TaskInfo> rows, long statements) {
    }

    /** A delprojekt with {@code perStage} journeys waiting in every stage; the inboxes of its coach and manager. */
    private Inbox[] world(int perStage) {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long sp = fx.subproject();
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        String manager = fx.user(Role.MANAGER, null, Set.of(sp));
        JourneySteps steps = new JourneySteps(ctx);
        for (Stage stage : STAGES) {
            for (int i = 0; i < perStage; i++) {
                CompanyInfo c = fx.company(sp, 20);
                steps.walk(c.id(), fx.user(Role.COMPANY, c.id(), Set.of()), coach, stage);
            }
        }
        JourneyFixtures.signIn(coach, Role.COACH);
        var coachInbox = StatementCounter.counted(() -> inbox.tasks());
        JourneyFixtures.signIn(manager, Role.MANAGER);
        var managerInbox = StatementCounter.counted(() -> inbox.tasks());
        return new Inbox[]{new Inbox(coachInbox.result(), coachInbox.statements()),
                new Inbox(managerInbox.result(), managerInbox.statements())};
    }

    @Test
    void inboxTakesAsManyStatementsForTwiceTheJourneysInEveryStage() {
        Inbox[] one = world(1);
        Inbox[] two = world(2);

        System.out.printf("statements for the inbox: coach %d rows %d, %d rows %d; manager %d rows %d, %d rows %d%n",
                one[0].rows().size(), one[0].statements(), two[0].rows().size(), two[0].statements(),
                one[1].rows().size(), one[1].statements(), two[1].rows().size(), two[1].statements());
        // coach: analysis, coaching, 2 × booking, 2 × approving attendance, closing
        assertThat(one[0].rows()).hasSize(7);
        assertThat(two[0].rows()).hasSize(14);
        assertThat(two[1].rows()).hasSize(2 * one[1].rows().size());
        // the task query, then one each for the executions, the route variables, the process instances, the
        // companies, the assignees' names, the follow-up timers' job definitions and jobs, the fired timers and the
        // training courses (12 measured on this base; constant, whatever the rows)
        assertThat(two[0].statements()).isEqualTo(one[0].statements()).isLessThanOrEqualTo(12);
        assertThat(two[1].statements()).isEqualTo(one[1].statements()).isLessThanOrEqualTo(12);
    }

    @Test
    void everyRowIsWhatTheEngineSaysOfItsTask() {
        Inbox manager = world(1)[1];

        assertThat(manager.rows()).extracting(TaskInfo::taskKey).contains(JourneyProcess.TASK_FILL_IN_SURVEY,
                JourneyProcess.TASK_BOOK_TRAINING, JourneyProcess.TASK_REPORT_ATTENDANCE,
                JourneyProcess.TASK_APPROVE_ATTENDANCE, JourneyProcess.TASK_FILL_IN_FOLLOW_UP,
                JourneyProcess.TASK_CLOSE_JOURNEY);
        for (TaskInfo row : manager.rows()) {
            var task = tasks.createTaskQuery().taskId(row.taskId()).singleResult();
            JourneyVariables vars = JourneyVariables.readOnly(tasks.getVariables(row.taskId()));
            assertThat(row.companyId()).isEqualTo(vars.companyId());
            assertThat(row.subprojectId()).isEqualTo(vars.subprojectId());
            assertThat(row.route()).isEqualTo(TaskInbox.route(task, vars, vars.companyId()))
                    .doesNotContain("null");
            assertThat(row.caseNumber()).isNotBlank();
            boolean afterTimer = row.taskKey().equals(JourneyProcess.TASK_FILL_IN_FOLLOW_UP)
                    || row.taskKey().equals(JourneyProcess.TASK_CLOSE_JOURNEY);
            assertThat(row.followUpDue() != null).as("follow-up date of %s", row.taskKey()).isEqualTo(afterTimer);
        }
    }
}
