package se.kompetensresan.postgres;

import se.kompetensresan.journey.casefile.CaseFile;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.inbox.AnalysisInfo;
import se.kompetensresan.journey.casefile.AttachmentContent;
import se.kompetensresan.journey.casefile.AttachmentInfo;
import se.kompetensresan.journey.casefile.CommentInfo;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.MailStatus;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.training.TrainingStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import org.springframework.context.ApplicationContext;

/**
 * The main services on a real PostgreSQL (one Spring context with {@link PostgresMigrationsTest}): a journey
 * from start through the survey, the analysis, coaching and training, with Camunda's tables and the
 * application's own (numeric, boolean, text, bytea, timestamp columns) on PostgreSQL.
 */
class PostgresJourneyTest extends PostgresTest {

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
    SurveyService surveys;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    MailService mail;
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
    void journeyRunsFromSurveyThroughTrainingOnPostgresql() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        CompanyInfo c = fx.company(subproject, 20);
        String companyUser = fx.user(Role.COMPANY, c.id(), Set.of());
        String coach = fx.user(Role.COACH, null, Set.of(subproject));

        JourneyInfo j = journeys.startAsSystem(c.id());
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        walk.runJobs(pi);
        assertThat(walk.openTaskKeys(pi)).contains(JourneyProcess.TASK_FILL_IN_SURVEY);

        // kartläggning: welding 1 → 3 is the only gap
        walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow();
            walk.answerAll(responseId, 1);
            surveys.submit(responseId);
            return null;
        });
        walk.runJobs(pi);
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_ANALYSE_SURVEY);

        // analysis: the decision (DMN) proposes the basic track with welding
        walk.as(coach, Role.COACH, () -> {
            TaskInfo task = walk.only(JourneyProcess.TASK_ANALYSE_SURVEY, c.id());
            AnalysisInfo proposal = inbox.analysis(task.taskId());
            assertThat(proposal.proposedTrack()).isEqualTo("BAS");
            assertThat(proposal.proposedAreas()).containsExactly(CompetenceAreas.WELDING);
            inbox.completeAnalysis(task.taskId(), proposal.proposedTrack(), proposal.proposedAreas());
            return null;
        });
        walk.runJobs(pi);

        // coaching: a session (text columns) and the plan, approved by the company
        walk.as(coach, Role.COACH, () -> {
            coaching.logSession(c.id(), new CoachingSessionForm(LocalDate.now().minusDays(1), 60, "VD",
                    "Genomgång av kartläggningen", "Svetsutbildning"));
            return coaching.submitPlan(c.id());
        });
        walk.as(companyUser, Role.COMPANY, () -> coaching.approvePlan(c.id()));
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_BOOK_TRAINING);

        // training: booked, attended (numeric hours), approved
        PlannedActivityInfo action = walk.as(coach, Role.COACH,
                () -> coaching.currentPlan(c.id()).orElseThrow().activities().get(0));
        LocalDate end = LocalDate.now().minusDays(2);
        long activityId = walk.as(coach, Role.COACH, () -> training.bookActivity(action.id(),
                new TrainingActivityForm("Svetsning MIG/MAG", "Lärcentrum", "Karlskoga", end.minusDays(1), end, 8)).id());
        walk.runJobs(pi);
        assertThat(walk.openTaskKeys(pi)).containsExactly(JourneyProcess.TASK_REPORT_ATTENDANCE);
        long anna = walk.as(companyUser, Role.COMPANY, () -> {
            long id = participants.add(c.id(), new ParticipantForm("Anna Svetsare", "19900101-0025", false, null,
                    "anna@example.se", end.minusDays(30), "sv")).id();
            attendance.register(activityId, id);
            attendance.record(activityId, id, end.minusDays(1), "4");
            attendance.record(activityId, id, end, "3");
            attendance.confirmComplete(activityId);
            return id;
        });
        walk.as(coach, Role.COACH, () -> {
            attendance.approve(activityId);
            return null;
        });
        TrainingActivityInfo approved = walk.as(coach, Role.COACH, () -> training.activity(activityId));
        assertThat(approved.status()).isEqualTo(TrainingStatus.APPROVED);
        assertThat(walk.as(coach, Role.COACH, () -> attendance.totals(activityId)))
                .hasSize(1).allSatisfy((p, h) -> {
                    assertThat(p.id()).isEqualTo(anna);
                    assertThat(h).isEqualTo(7);
                });
        walk.runJobs(pi);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isOne();

        JourneyInfo now = walk.as(coach, Role.COACH, () -> journeys.journeyOf(c.id()).orElseThrow());
        assertThat(now.caseNumber()).isEqualTo(j.caseNumber());
        assertThat(walk.as(coach, Role.COACH, () -> caseFile.timeline(c.id()))).isNotEmpty();
    }

    @Test
    void attachmentsAndCommentsAreStoredAndReadBack() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        CompanyInfo c = fx.company(subproject, 8);
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        journeys.startAsSystem(c.id());

        // bytea: every byte value survives the round trip
        byte[] png = new byte[4096];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(header, 0, png, 0, header.length);
        for (int i = header.length; i < png.length; i++) {
            png[i] = (byte) i;
        }
        AttachmentInfo stored = walk.as(coach, Role.COACH, () -> caseFile.addAttachment(c.id(), "karta.png", png));
        AttachmentContent read = walk.as(coach, Role.COACH, () -> caseFile.attachment(stored.id()));
        assertThat(read.content()).isEqualTo(png);
        assertThat(read.contentType()).isEqualTo("image/png");
        assertThat(read.fileName()).isEqualTo("karta.png");
        assertThat(walk.as(coach, Role.COACH, () -> caseFile.attachments(c.id()))).singleElement()
                .satisfies(a -> assertThat(a.sizeBytes()).isEqualTo(png.length));

        // boolean and text: an internal note with Swedish letters and a long body
        String body = "Intern anteckning: åäö ÅÄÖ " + "x".repeat(3900);
        walk.as(coach, Role.COACH, () -> caseFile.addComment(c.id(), body, true));
        List<CommentInfo> comments = walk.as(coach, Role.COACH, () -> caseFile.comments(c.id()));
        assertThat(comments).singleElement().satisfies(comment -> {
            assertThat(comment.internal()).isTrue();
            assertThat(comment.body()).isEqualTo(body);
        });
    }

    @Test
    void gdprErasureExtractAndRetentionRunOnPostgresql() throws Exception {
        se.kompetensresan.participant.LedgerWorld world = new se.kompetensresan.participant.LedgerWorld(applicationContext);
        var w = world.w;
        var jdbc = applicationContext.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var exported = world.participant("Stina Exporterad", true);
        var erased = world.participant("Eva Raderas", true);
        var old = world.participant("Gammal Deltagare", false);
        world.hours(world.activity1, erased, world.day(3), "4");
        w.runAs(w.companyUserA);
        applicationContext.getBean(se.kompetensresan.participant.SigningService.class).sendMonth(w.companyA.id(), world.month);
        w.runAs(w.managerA);
        se.kompetensresan.security.StepUps.confirmed();
        participants.fullNumbers(List.of(exported.id()), "Deltagarförteckning till finansiären");
        assertThat(participants.erasureRefusal(exported.id())).contains("participant.erase.refused.exported");
        assertThat(participants.extract(erased.id()).text()).contains("Eva Raderas", "Svets MIG/MAG");
        participants.erase(erased.id(), "Begäran från personen");
        assertThat(jdbc.queryForObject("select count(*) from participant where id = ?", Long.class, erased.id())).isZero();
        SecurityContextHolder.clearContext();

        // the nightly jobs: an old participant anonymised, an old attachment deleted (timestamps bound as Instant)
        jdbc.update("update participant set start_date = current_date - 4100, end_date = current_date - 4000,"
                + " end_reason = 'COMPLETED' where id = ?", old.id());
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        CompanyInfo c = fx.company(subproject, 8);
        String coach = fx.user(Role.COACH, null, Set.of(subproject));
        journeys.startAsSystem(c.id());
        AttachmentInfo file = walk.as(coach, Role.COACH, () -> caseFile.addAttachment(c.id(), "plan.pdf",
                "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        jdbc.update("update journey_attachment set at = now() - interval '11 years' where id = ?", file.id());
        for (String job : List.of("se.kompetensresan.participant.ParticipantRetention",
                "se.kompetensresan.journey.casefile.CaseFileRetention")) {
            Object bean = applicationContext.getBean(Class.forName(job));
            bean.getClass().getMethod("run").invoke(bean);
        }
        assertThat(jdbc.queryForObject("select name from participant where id = ?", String.class, old.id())).isEqualTo("[raderad]");
        assertThat(jdbc.queryForObject("select count(*) from journey_attachment where id = ?", Long.class, file.id())).isZero();
    }

    @Test
    void mailIsQueuedInTheOutbox() {
        String to = JourneyFixtures.unique("pg") + "@example.se";
        String body = "Hej!\n\nEn lång text med åäö. " + "Kompetensresan ".repeat(400);
        long id = mail.queue(to, "Välkommen till Kompetensresan", body);
        List<OutboxInfo> sent = mail.sentTo(to.toUpperCase());
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.body()).isEqualTo(body);
            assertThat(m.subject()).isEqualTo("Välkommen till Kompetensresan");
            assertThat(m.status()).isIn(MailStatus.QUEUED, MailStatus.SENT, MailStatus.FAILED);
            assertThat(m.createdAt()).isNotNull();
        });
    }

    @Test
    void projectAmountsKeepTheirScale() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long subproject = fx.subproject();
        var sub = fx.asAdmin(() -> projects.subproject(subproject).orElseThrow());
        var project = fx.asAdmin(() -> projects.project(sub.projectId()).orElseThrow());
        assertThat(project.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(fx.asAdmin(() -> projects.unitCost(project.id(), 2026))).isEqualByComparingTo("300");
    }

}
