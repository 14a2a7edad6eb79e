package se.kompetensresan.bench;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import se.kompetensresan.StatementCounter;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyProcess.Var;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.inbox.InboxFilter;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The inbox and the status lists at scale: open journeys spread over 3 projects (2 delprojekt each) and 20 coaches,
 * waiting in every phase; then the server time of a coach's inbox (first page with the counts per filter), the
 * manager's {@code /journeys} and the company register's rows with their journey columns, each beside a bare
 * {@code TaskService} query returning the same open tasks.
 */
public final class InboxAtScale {

    static final int PROJECTS = 3;
    static final int SUBPROJECTS_PER_PROJECT = 2;
    static final int COACHES = 20;
    static final int PAGE = 50;

    private InboxAtScale() {
    }

    public record Timing(String what, double p50, double p95, long statements, int rows, double bareP50, double bareP95,
                         long bareStatements) {
        double ratio() {
            return p95 / bareP95;
        }
    }

    public static List<Timing> run(ApplicationContext ctx, int journeys, int calls, BenchReport report) {
        UserService users = ctx.getBean(UserService.class);
        ProjectService projects = ctx.getBean(ProjectService.class);
        CompanyService companies = ctx.getBean(CompanyService.class);
        JourneyService journeyService = ctx.getBean(JourneyService.class);
        RuntimeService runtime = ctx.getBean(RuntimeService.class);
        TaskService tasks = ctx.getBean(TaskService.class);
        TaskInbox inbox = ctx.getBean(TaskInbox.class);
        CurrentUser currentUser = ctx.getBean(CurrentUser.class);
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);

        long t0 = System.nanoTime();
        List<Long> subprojects = new ArrayList<>();
        List<List<Long>> subprojectsOfProject = new ArrayList<>();
        fx.asAdmin(() -> {
            for (int p = 0; p < PROJECTS; p++) {
                ProjectInfo project = projects.createProject(new ProjectInfo(0, JourneyFixtures.unique("Projekt"),
                        JourneyFixtures.unique("ESF"), "Region", LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                        BigDecimal.valueOf(10_000_000), BigDecimal.valueOf(5_000_000), 4000, 30, BigDecimal.valueOf(300), 3));
                List<Long> mine = new ArrayList<>();
                for (int s = 0; s < SUBPROJECTS_PER_PROJECT; s++) {
                    long id = projects.createSubproject(project.id(), JourneyFixtures.unique("Delprojekt"), "Kommun",
                            List.of("1883"), 5000).id();
                    mine.add(id);
                    subprojects.add(id);
                }
                subprojectsOfProject.add(mine);
            }
            return null;
        });
        List<String> coaches = new ArrayList<>();
        for (int c = 0; c < COACHES; c++) {
            coaches.add(fx.user(Role.COACH, null, Set.of(subprojects.get(c % subprojects.size()))));
        }
        String manager = fx.user(Role.MANAGER, null, Set.copyOf(subprojectsOfProject.get(0)));
        int seq = (int) (System.nanoTime() % 100_000);
        for (int i = 0; i < journeys; i++) {
            long sp = subprojects.get(i % subprojects.size());
            int n = seq + i;
            CompanyInfo company = fx.asAdmin(() -> companies.register(new CompanyForm(organisationNumber(n),
                    "Företag " + n + " AB", sp, "1883", null, "25", 10, 10, null, null, null)));
            place(journeyService, runtime, company.id(), i);
        }
        report.line("set-up: %d open journeys, %d projects, %d delprojekt, %d coaches in %.0f s (not timed)", journeys,
                PROJECTS, subprojects.size(), COACHES, (System.nanoTime() - t0) / 1e9);

        String coach = coaches.get(0);
        long coachSp = subprojects.get(0);
        List<Timing> out = new ArrayList<>();

        out.add(measure("coach inbox, first page + counts", calls, () -> as(coach, Role.COACH, () -> {
                    List<TaskInfo> all = inbox.tasks();
                    InboxFilter.NONE.counts(all, currentUser.require());
                    return all.subList(0, Math.min(PAGE, all.size())).size();
                }), () -> tasks.createTaskQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                        .taskCandidateGroup(JourneyProcess.GROUP_COACH).includeAssignedTasks()
                        .processVariableValueEquals(Var.SUBPROJECT_ID, coachSp).orderByTaskCreateTime().asc().list().size(),
                () -> as(coach, Role.COACH, () -> inbox.tasks().size())));
        List<Long> managerSps = subprojectsOfProject.get(0);
        Supplier<Integer> bareManager = () -> {
            int rows = 0;
            for (long sp : managerSps) {
                rows += tasks.createTaskQuery().processDefinitionKey(JourneyProcess.PROCESS_ID)
                        .processVariableValueEquals(Var.SUBPROJECT_ID, sp).orderByTaskCreateTime().asc().list().size();
            }
            return rows;
        };
        out.add(measure("manager /journeys", calls, () -> as(manager, Role.MANAGER, () -> journeyService.journeys().size()),
                bareManager, () -> as(manager, Role.MANAGER, () -> journeyService.journeys().size())));
        out.add(measure("company register (2 journey columns)", calls, () -> as(manager, Role.MANAGER, () -> {
            List<Long> ids = companies.visible().stream().map(CompanyInfo::id).toList();
            Map<Long, JourneyInfo> phase = journeyService.journeysOf(ids);
            Map<Long, JourneyInfo> coachColumn = journeyService.journeysOf(ids);
            return phase.size() + coachColumn.size();
        }), bareManager, () -> as(manager, Role.MANAGER, () -> companies.visible().size())));

        report.line("%d calls each after %d of warm-up; server time in the service layer (what the view's constructor calls)",
                calls, Math.max(5, calls / 10));
        report.line("%-38s %7s %8s %8s %6s | %8s %8s %6s | %7s %s", "", "rows", "p50 ms", "p95 ms", "stmts", "bare p50",
                "bare p95", "stmts", "ratio", "goal p95 <= 100 ms and <= 1.5 x bare");
        for (Timing t : out) {
            boolean met = t.p95() <= 100 && t.ratio() <= 1.5;
            report.line("%-38s %7d %8.1f %8.1f %6d | %8.1f %8.1f %6d | %7.2f %s", t.what(), t.rows(), t.p50(), t.p95(),
                    t.statements(), t.bareP50(), t.bareP95(), t.bareStatements(), t.ratio(), met ? "MET" : "NOT MET");
        }
        return out;
    }

    /** Starts the journey and places it at a task by its number: every phase, coach and company tasks. */
    private static void place(JourneyService journeys, RuntimeService runtime, long companyId, int i) {
        JourneyInfo j = journeys.startAsSystem(companyId);
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        var modification = runtime.createProcessInstanceModification(pi).cancelAllForActivity(JourneyProcess.SERVICE_OPEN_SURVEY);
        switch (i % 10) {
            case 0, 1, 2 -> {
                runtime.setVariable(pi, Var.SURVEY_RESPONSE_ID, 1_000_000L + i);
                modification = modification.startBeforeActivity(JourneyProcess.TASK_FILL_IN_SURVEY);
            }
            case 3, 4 -> modification = modification.startBeforeActivity(JourneyProcess.TASK_ANALYSE_SURVEY);
            case 5, 6 -> modification = modification.startBeforeActivity(JourneyProcess.TASK_CONDUCT_COACHING);
            case 7 -> modification = modification.startBeforeActivity(JourneyProcess.TASK_APPROVE_PLAN);
            case 8 -> {
                runtime.setVariable(pi, Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(List.of(2_000_000L + 2L * i, 2_000_001L + 2L * i)));
                modification = modification.startBeforeActivity("SubProcess_Training#multiInstanceBody");
            }
            default -> {
                if (i % 20 == 9) {
                    runtime.setVariable(pi, Var.FOLLOW_UP_RESPONSE_ID, 3_000_000L + i);
                    modification = modification.startBeforeActivity(JourneyProcess.TASK_FILL_IN_FOLLOW_UP);
                } else {
                    modification = modification.startBeforeActivity(JourneyProcess.TASK_CLOSE_JOURNEY);
                }
            }
        }
        modification.execute();
    }

    private static Timing measure(String what, int calls, Supplier<Integer> ours, Supplier<Integer> bare,
                                  Supplier<Integer> rows) {
        double[][] times = BenchReport.sideBySide(calls, Math.max(5, calls / 10), ours, bare);
        double[] o = times[0];
        double[] b = times[1];
        long stmts = StatementCounter.counted(ours).statements();
        long bareStmts = StatementCounter.counted(bare).statements();
        return new Timing(what, BenchReport.percentile(o, 50), BenchReport.percentile(o, 95), stmts, rows.get(),
                BenchReport.percentile(b, 50), BenchReport.percentile(b, 95), bareStmts);
    }

    private static <T> T as(String username, Role role, Supplier<T> work) {
        JourneyFixtures.signIn(username, role);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** A valid organisation number made from a sequence number (third digit ≥ 2, Luhn check digit). */
    static String organisationNumber(int n) {
        String s = "556" + String.format("%06d", Math.floorMod(n, 1_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (s.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return s + (10 - sum % 10) % 10;
    }
}
