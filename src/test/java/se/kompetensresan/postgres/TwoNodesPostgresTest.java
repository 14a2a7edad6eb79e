package se.kompetensresan.postgres;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL, Camunda's own high-availability model: this test's application context is node A,
 * a second JVM running the whole application ({@link SecondNode}) is node B, both with their job executors on the
 * same database and a short job lock (5 s).
 * <ul>
 *   <li>The same coach clicks <em>Klar</em> on the same contact task on both nodes at the same moment: exactly one
 *   click completes it, the other gets the "already done" message, never an error.</li>
 *   <li>{@link #TIMERS} follow-up timers fall due at once; node B is killed (kill -9) once a quarter of them has
 *   fired. Node A takes over the jobs B had locked once the lock has expired, and every timer fires exactly once:
 *   as many follow-up tasks, follow-up surveys and invitation mails as timers, no duplicates, some of the work done
 *   by each node (the engine's job log names the node).</li>
 * </ul>
 */
@TestPropertySource(properties = {
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.job-execution.lock-time-in-millis=5000",
        "camunda.bpm.generic-properties.properties.hostname=node-a",
        "kompetensresan.journey.follow-up-delay=PT1H"
})
class TwoNodesPostgresTest extends PostgresTest {

    /**
     * How many follow-up timers fall due at once: 200 in the README's test command (it has ten minutes for
     * everything), the 1 000 with {@code -Dtwo-nodes.timers=1000} (about two minutes more).
     */
    static final int TIMERS = Integer.getInteger("two-nodes.timers", 100);
    static final int SAME_CLICK_ROUNDS = Integer.getInteger("two-nodes.clicks", 4);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private Process nodeB;
    private final BlockingQueue<String> nodeBOutput = new LinkedBlockingQueue<>();
    private final List<String> nodeBLog = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        if (nodeB != null) {
            nodeB.destroyForcibly();
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoNodesDoEachJobOnceAndTheSurvivorFinishesWhatAKilledNodeHeld() throws Exception {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        String manager = fx.user(Role.MANAGER, null, Set.of(subproject));
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        String key = JourneyFixtures.unique("nod");

        // the world: contact tasks for the same-click rounds, and the journeys waiting at their follow-up timer (due in
        // an hour)
        List<String> contactTasks = new ArrayList<>();
        for (int i = 0; i < SAME_CLICK_ROUNDS; i++) {
            String pi = placeAt(fx, manager, company(fx, subproject, key + "-k" + i), JourneyProcess.TASK_CONTACT_COMPANY);
            contactTasks.add(tasks.createTaskQuery().processInstanceId(pi)
                    .taskDefinitionKey(JourneyProcess.TASK_CONTACT_COMPANY).singleResult().getId());
        }
        List<String> timerInstances = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            timerInstances.add(placeAt(fx, manager, company(fx, subproject, key + "-t" + i), JourneyProcess.TIMER_FOLLOW_UP_DUE));
        }
        assertThat(followUpTimers()).isEqualTo(TIMERS);

        System.out.printf("two nodes: world of %d journeys built%n", TIMERS + SAME_CLICK_ROUNDS);
        startNodeB();

        // the same click on both nodes at the same moment
        for (String taskId : contactTasks) {
            long at = System.currentTimeMillis() + 500;
            send("COMPLETE_CONTACT " + taskId + " " + coach + " " + at);
            String here = SecondNode.completeContact((org.springframework.context.ConfigurableApplicationContext) ctx,
                    taskId, coach, at);
            String there = result();
            assertThat(List.of(here, there)).as("one click completes the task, the other is told").containsExactlyInAnyOrder(
                    "OK", "MESSAGE journey.error.taskDone");
        }

        // every follow-up timer due now, in one statement; node B is killed once a quarter of them has fired
        int due = jdbc.update("update act_ru_job set duedate_ = current_timestamp - interval '1 second'"
                + " where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)",
                JourneyProcess.TIMER_FOLLOW_UP_DUE);
        assertThat(due).isGreaterThanOrEqualTo(TIMERS);
        awaitFollowUpTasks(key, TIMERS / 4, 240);
        // node B, the younger JVM, has done its share before it is killed (on a busy machine it starts slowly)
        awaitTimersDoneOn("node-b", 240);
        nodeB.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long doneByTheKill = followUpTasks(key);
        assertThat(doneByTheKill).as("node B was killed mid-run").isLessThan(TIMERS);

        awaitFollowUpTasks(key, TIMERS, 120);
        awaitNoJobsLeft(timerInstances, 60);

        // exactly once: one follow-up task, survey and invitation per journey
        assertThat(followUpTasks(key)).isEqualTo(TIMERS);
        for (String pi : timerInstances.subList(0, 20)) {
            assertThat(runtime.getActiveActivityIds(pi)).containsExactly(JourneyProcess.TASK_FILL_IN_FOLLOW_UP);
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_response r join company c on c.id = r.company_id"
                + " where r.survey_round = 'FOLLOW_UP' and c.name like ?", Long.class, key + "-t%")).isEqualTo(TIMERS);
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where subject like ?", Long.class,
                "%" + key + "-t%")).as("invitation mails").isEqualTo(TIMERS);
        assertThat(jdbc.queryForObject("select count(distinct recipient) from outbox_message where subject like ?",
                Long.class, "%" + key + "-t%")).isEqualTo(TIMERS);
        // both nodes did part of the work (the engine's job log names the node)
        List<String> hosts = jdbc.queryForList("select distinct hostname_ from act_hi_job_log where act_id_ = ?"
                + " and job_state_ = 2", String.class,
                JourneyProcess.TIMER_FOLLOW_UP_DUE);
        assertThat(hosts).contains("node-a", "node-b");
        System.out.printf("two nodes: %d follow-up timers, %d done when node B was killed, all done once%n", TIMERS,
                doneByTheKill);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private CompanyInfo company(JourneyFixtures fx, long subproject, String name) {
        return fx.asAdmin(() -> companies.register(new CompanyForm(se.kompetensresan.coaching.CoachingTestData.organisationNumber(),
                name, subproject, "1883", null, "25", 5, 5, "Kontakt", name + "@example.se", null)));
    }

    /**
     * Starts the company's journey and places it at the activity. Node A's job executor may open the survey in the
     * meantime: whichever of the two waits is cancelled, and a modification that raced with it is tried again.
     */
    private String placeAt(JourneyFixtures fx, String manager, CompanyInfo c, String activity) {
        JourneyFixtures.signIn(manager, Role.MANAGER);
        JourneyInfo j = journeys.start(c.id());
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        // the journey's opening of the survey is asynchronous and the job executor may run it meanwhile: until the
        // journey waits at the activity alone, cancel what the start left and place it there
        for (int attempt = 1; ; attempt++) {
            List<String> active = runtime.getActiveActivityIds(pi);
            if (active.equals(List.of(activity))) {
                break;
            }
            assertThat(attempt).as("placing the journey at %s (now at %s)", activity, active).isLessThan(10);
            var modification = runtime.createProcessInstanceModification(pi);
            for (String waiting : List.of(JourneyProcess.SERVICE_OPEN_SURVEY, JourneyProcess.TASK_FILL_IN_SURVEY)) {
                if (active.contains(waiting)) {
                    modification = modification.cancelAllForActivity(waiting);
                }
            }
            try {
                (active.contains(activity) ? modification : modification.startBeforeActivity(activity)).execute();
            } catch (org.camunda.bpm.engine.ProcessEngineException raced) { // also its OptimisticLockingException
                // the job executor changed the journey meanwhile: look again
            }
        }
        SecurityContextHolder.clearContext();
        return pi;
    }

    private long followUpTimers() {
        return management.createJobQuery().activityId(JourneyProcess.TIMER_FOLLOW_UP_DUE).count();
    }

    private long followUpTasks(String key) {
        return jdbc.queryForObject("select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
                + " join journey j on j.case_number = e.business_key_ join company c on c.id = j.company_id"
                + " where t.task_def_key_ = ? and c.name like ?", Long.class, JourneyProcess.TASK_FILL_IN_FOLLOW_UP, key + "-t%");
    }

    private void awaitFollowUpTasks(String key, long atLeast, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        long started = System.currentTimeMillis();
        long lastReport = started;
        while (followUpTasks(key) < atLeast) {
            if (System.currentTimeMillis() - lastReport > 15_000) {
                lastReport = System.currentTimeMillis();
                System.out.println("two nodes: " + followUpTasks(key) + " follow-up tasks; jobs "
                        + jdbc.queryForList("select coalesce(lock_owner_, '-') as owner, retries_, count(*) as n,"
                        + " min(lock_exp_time_) as exp from act_ru_job group by lock_owner_, retries_"));
            }
            assertThat(System.currentTimeMillis()).as("%d follow-up tasks within %d s (node B said: %s)", atLeast,
                    seconds, tail()).isLessThan(until);
            Thread.sleep(200);
        }
        System.out.printf("two nodes: %d follow-up tasks after %d ms%n", atLeast, System.currentTimeMillis() - started);
    }

    private long timersDoneOn(String host) {
        return jdbc.queryForObject("select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 2"
                + " and hostname_ = ?", Long.class, JourneyProcess.TIMER_FOLLOW_UP_DUE, host);
    }

    private void awaitTimersDoneOn(String host, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (timersDoneOn(host) == 0) {
            assertThat(System.currentTimeMillis()).as("%s fired a follow-up timer within %d s (node B said: %s)", host,
                    seconds, tail()).isLessThan(until);
            Thread.sleep(50);
        }
    }

    private void awaitNoJobsLeft(List<String> instances, int seconds) throws InterruptedException {
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (management.createJobQuery().activityId(JourneyProcess.SERVICE_OPEN_FOLLOW_UP).count()
                + management.createJobQuery().activityId(JourneyProcess.TIMER_FOLLOW_UP_DUE).count() > 0) {
            assertThat(System.currentTimeMillis()).as("no follow-up job left within %d s", seconds).isLessThan(until);
            Thread.sleep(200);
        }
    }

    private void startNodeB() throws Exception {
        List<String> command = se.kompetensresan.ChildJvm.command(SecondNode.class);
        Map<String, String> properties = Map.ofEntries(
                Map.entry("spring.datasource.url", EmbeddedPostgresDatabase.url()),
                Map.entry("spring.datasource.username", EmbeddedPostgresDatabase.USER),
                Map.entry("spring.datasource.password", "postgres"),
                Map.entry("spring.datasource.driver-class-name", "org.postgresql.Driver"),
                Map.entry("spring.jpa.hibernate.ddl-auto", "validate"),
                Map.entry("camunda.bpm.database.schema-update", "true"),
                Map.entry("camunda.bpm.job-execution.enabled", "true"),
                // node A has deployed the processes (a second JVM started from a test's class path finds each twice)
                Map.entry("camunda.bpm.auto-deployment-enabled", "false"),
                Map.entry("camunda.bpm.job-execution.lock-time-in-millis", "5000"),
                Map.entry("camunda.bpm.generic-properties.properties.hostname", "node-b"),
                Map.entry("kompetensresan.journey.follow-up-delay", "PT1H"),
                Map.entry("server.port", "0"),
                Map.entry("logging.level.root", "warn"));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        java.nio.file.Files.createDirectories(Path.of("target"));
        nodeB = new ProcessBuilder(command).redirectErrorStream(true).start();
        java.io.PrintWriter logFile = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(
                Path.of("target", "two-nodes-node-b.log"), StandardCharsets.UTF_8), true);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(nodeB.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    synchronized (nodeBLog) {
                        nodeBLog.add(line);
                    }
                    logFile.println(line);
                    if (line.startsWith("READY") || line.startsWith("RESULT ")) {
                        nodeBOutput.add(line);
                    }
                }
            } catch (java.io.IOException e) {
                // the process was killed
            } finally {
                logFile.close();
            }
        }, "node-b-output");
        reader.setDaemon(true);
        reader.start();
        String ready = null;
        for (int s = 0; s < 180 && ready == null && nodeB.isAlive(); s++) {
            ready = nodeBOutput.poll(1, TimeUnit.SECONDS);
        }
        assertThat(ready).as("node B started (its output: target/two-nodes-node-b.log)").isEqualTo("READY");
    }

    /**
     * The test's class path as plain entries (Surefire starts this JVM from a jar whose manifest lists them), so the
     * second JVM gets the same classes and resources spelled out.
     */
    private void send(String command) throws java.io.IOException {
        Writer in = new OutputStreamWriter(nodeB.getOutputStream(), StandardCharsets.UTF_8);
        in.write(command + "\n");
        in.flush();
    }

    private String result() throws InterruptedException {
        String line = nodeBOutput.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("node B answered (it said: %s)", tail()).isNotNull();
        return line.substring("RESULT ".length());
    }

    private String tail() {
        synchronized (nodeBLog) {
            return String.join("\n", nodeBLog.subList(Math.max(0, nodeBLog.size() - 30), nodeBLog.size()));
        }
    }
}
