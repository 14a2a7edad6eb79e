package se.kompetensresan.bench;

import jakarta.persistence.EntityManagerFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ApplicationContext;
import se.kompetensresan.StatementCounter;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneySteps;
import se.kompetensresan.journey.JourneySteps.Stage;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Journey throughput: whole journeys walked through the real services ({@link JourneySteps}: twelve user tasks,
 * the asynchronous steps, the DMN decision, two training sub-processes, three timers) against, in the same JVM and
 * database, a bare process of twelve user tasks worked through the engine API. Companies and users are made before
 * the clock starts (password hashing is not the journey's work).
 */
public final class JourneyThroughput {

    static final String BARE_PROCESS = "BenchBareTwelveTasks";

    private JourneyThroughput() {
    }

    public record Result(double journeysPerSecond, double bareJourneysPerSecond, double statementsPerJourney,
                         double jpaStatementsPerJourney, double bareStatementsPerJourney) {
        public double ratio() {
            return journeysPerSecond / bareJourneysPerSecond;
        }
    }

    public static Result run(ApplicationContext ctx, int warmup, int n, BenchReport report) {
        UserService users = ctx.getBean(UserService.class);
        JourneyFixtures fx = new JourneyFixtures(users, ctx.getBean(ProjectService.class), ctx.getBean(CompanyService.class));
        long sp = fx.subproject();
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        List<long[]> companies = new ArrayList<>();
        List<String> companyUsers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < warmup + n; i++) {
            long id = fx.company(sp, 20).id();
            companies.add(new long[]{id});
            companyUsers.add(fx.user(Role.COMPANY, id, Set.of()));
        }
        report.line("set-up: %d companies and users in %.1f s (not timed)", warmup + n, (System.nanoTime() - t0) / 1e9);

        RuntimeService runtime = ctx.getBean(RuntimeService.class);
        TaskService tasks = ctx.getBean(TaskService.class);
        ctx.getBean(RepositoryService.class).createDeployment().name("bench").addModelInstance(BARE_PROCESS + ".bpmn",
                bareProcess()).deploy();
        Statistics jpa = ctx.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        jpa.setStatisticsEnabled(true);
        JourneySteps steps = new JourneySteps(ctx);

        for (int i = 0; i < warmup; i++) {
            steps.walk(companies.get(i)[0], companyUsers.get(i), coach, Stage.DONE);
            bareJourney(runtime, tasks, i);
        }
        long jpaBefore = jpa.getPrepareStatementCount();
        long start = System.nanoTime();
        var ours = StatementCounter.counted(() -> {
            for (int i = warmup; i < warmup + n; i++) {
                steps.walk(companies.get(i)[0], companyUsers.get(i), coach, Stage.DONE);
            }
            return null;
        });
        double oursSeconds = (System.nanoTime() - start) / 1e9;
        long jpaStatements = jpa.getPrepareStatementCount() - jpaBefore;
        start = System.nanoTime();
        var bare = StatementCounter.counted(() -> {
            for (int i = warmup; i < warmup + n; i++) {
                bareJourney(runtime, tasks, i);
            }
            return null;
        });
        double bareSeconds = (System.nanoTime() - start) / 1e9;
        Result r = new Result(n / oursSeconds, n / bareSeconds, (double) ours.statements() / n,
                (double) jpaStatements / n, (double) bare.statements() / n);
        report.line("journeys: %d after %d of warm-up, %d user tasks each, H2 file database, history full", n, warmup,
                JourneySteps.USER_TASKS);
        report.line("%-34s %12s %12s %10s", "", "ours", "bare engine", "goal");
        report.line("%-34s %12.2f %12.2f %10s", "journeys per second", r.journeysPerSecond(), r.bareJourneysPerSecond(), "");
        report.line("%-34s %12.2f %12s %10s", "ratio ours / bare", r.ratio(), "1.00", ">= 0.50");
        report.line("%-34s %12.1f %12.1f %10s", "SQL statements per journey", r.statementsPerJourney(),
                r.bareStatementsPerJourney(), "");
        report.line("%-34s %12.1f %12s %10s", "  of which JPA (Hibernate stats)", r.jpaStatementsPerJourney(), "0", "");
        report.line("%-34s %12.1f %12.1f %10s", "  of which the engine", r.statementsPerJourney() - r.jpaStatementsPerJourney(),
                r.bareStatementsPerJourney(), "");
        report.line("%-34s %12.1f %12.1f %10s", "ms per journey", 1000 / r.journeysPerSecond(), 1000 / r.bareJourneysPerSecond(), "");
        report.line("goal ours >= 0.5 x bare: %s", r.ratio() >= 0.5 ? "MET" : "NOT MET");
        return r;
    }

    private static void bareJourney(RuntimeService runtime, TaskService tasks, int i) {
        String pi = runtime.startProcessInstanceByKey(BARE_PROCESS, "BARE-" + i + "-" + System.nanoTime(),
                Map.of("companyId", (long) i, "subprojectId", 1L)).getId();
        for (int k = 0; k < JourneySteps.USER_TASKS; k++) {
            Task t = tasks.createTaskQuery().processInstanceId(pi).singleResult();
            tasks.complete(t.getId());
        }
    }

    static BpmnModelInstance bareProcess() {
        AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(BARE_PROCESS).camundaHistoryTimeToLive(180)
                .startEvent();
        for (int k = 1; k <= JourneySteps.USER_TASKS; k++) {
            b = b.userTask("Task_" + k).camundaCandidateGroups(k % 2 == 0 ? "COACH" : "COMPANY");
        }
        return b.endEvent().done();
    }
}
