package se.kompetensresan.tenancy;

import se.kompetensresan.journey.casefile.CaseFile;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionInfo;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlanInfo;
import se.kompetensresan.company.CompanyChangeInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.ContactDetails;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.JourneyStatus;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.journey.casefile.TimelineEntry;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.StepUps;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.HeatMap;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SelfAssessmentLinkInfo;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.survey.SurveyStatus;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.CoFinancingService;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.springframework.context.ApplicationContext;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.survey.SurveyTestData;

/**
 * The tenancy matrix: every role tries to read and to change the company, survey, journey, tasks, coaching and
 * training of its own and of other tenants, by id, through the services. A refused attempt must raise
 * AccessRefusedException (or Spring's AccessDeniedException), leave a WARN line on the logger
 * {@code se.kompetensresan.security.tenancy}, and a refused write must change nothing (re-read as ADMIN before and
 * after).
 * An allowed attempt must work. Guessed ids that do not exist are refused the same way, even for an admin.
 * <p>
 * The world: project A with delprojekt A1 and A2, project B with delprojekt B1. A1 has two companies (the
 * second, the "neighbour", is a foreign tenant for the first company's user), A2 and B1 one each. Every company
 * has a journey waiting in the survey phase (the kartläggning opened, its Task_FillInSurvey and, after the
 * escalation timer, a Task_ContactCompany for the coach), an approved development plan and a booked training.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyMatrixTest {

    static final String TENANCY_LOGGER = "se.kompetensresan.security.tenancy";
    static final long UNKNOWN_ID = 9_999_999L;

    /** The delprojekt of the world. */
    enum Sp { A1, A2, B1 }

    /** The companies targeted; UNKNOWN stands for ids that do not exist. */
    enum Target {
        A1(Sp.A1), A1_NEIGHBOUR(Sp.A1), A2(Sp.A2), B1(Sp.B1), UNKNOWN(null);

        final Sp sp;

        Target(Sp sp) {
            this.sp = sp;
        }
    }

    /** Who tries. */
    enum Actor {
        COMPANY_A1(Role.COMPANY, Target.A1),
        COMPANY_A2(Role.COMPANY, Target.A2),
        COMPANY_B1(Role.COMPANY, Target.B1),
        COACH_A1(Role.COACH, null, Sp.A1),
        MANAGER_A(Role.MANAGER, null, Sp.A1, Sp.A2),
        MANAGER_B1(Role.MANAGER, null, Sp.B1),
        ADMIN(Role.ADMIN, null);

        final Role role;
        final Target ownCompany;
        final Set<Sp> subprojects;

        Actor(Role role, Target ownCompany, Sp... subprojects) {
            this.role = role;
            this.ownCompany = ownCompany;
            this.subprojects = Set.of(subprojects);
        }

        /** The tenant rule of the product (issue 3, item 6): may this actor see the target company at all? */
        boolean canSee(Target t) {
            if (t == Target.UNKNOWN) {
                return false;
            }
            return switch (role) {
                case ADMIN -> true;
                case COMPANY -> ownCompany == t;
                case COACH, MANAGER -> subprojects.contains(t.sp);
            };
        }

        boolean ownCompany(Target t) {
            return role == Role.COMPANY && ownCompany == t;
        }

        boolean is(Role... roles) {
            return List.of(roles).contains(role);
        }
    }

    enum Expect { ALLOWED, REFUSED }

    /** The operations tried, with the expectation (the specification of who may do what). */
    enum Op {
        COMPANY_READ((a, t) -> a.canSee(t)),
        COMPANY_USERS_READ((a, t) -> a.canSee(t)),
        COMPANY_CHANGE_CONTACT((a, t) -> a.canSee(t) && !a.is(Role.COACH)),
        COMPANY_INVITE_USER((a, t) -> a.canSee(t) && !a.is(Role.COACH)),
        /** The de minimis total on the company page: anyone who may see the company. */
        DEMINIMIS_READ((a, t) -> a.canSee(t)),
        /** The declaration of support already received is corrected by the project office only. */
        DEMINIMIS_CORRECT((a, t) -> a.canSee(t) && a.is(Role.MANAGER, Role.ADMIN)),
        SURVEY_READ((a, t) -> a.canSee(t)),
        SURVEY_SAVE_ANSWER((a, t) -> a.ownCompany(t)),
        SURVEY_SAVE_TEXT((a, t) -> a.ownCompany(t)),
        SURVEY_SUBMIT((a, t) -> a.ownCompany(t)),
        /** Giving a section to a colleague: the company's contact only. */
        SURVEY_ASSIGN_SECTION((a, t) -> a.ownCompany(t)),
        /** Inviting a new colleague by e-mail for a section: the company's contact only. */
        SURVEY_INVITE_SECTION_OWNER((a, t) -> a.ownCompany(t)),
        /** The competence matrix per role group (the way, a group's absence, a group's row): the company's own users. */
        SURVEY_SAVE_GROUPS((a, t) -> a.ownCompany(t)),
        /** The gaps per role group of the gap analysis. */
        GAP_ROLE_GROUPS_READ((a, t) -> a.canSee(t)),
        GAP_SCORE_READ((a, t) -> a.canSee(t)),
        GAP_PRIORITISED_READ((a, t) -> a.canSee(t)),
        HEAT_MAP_SCOPE((a, t) -> !a.is(Role.COMPANY) && a.canSee(t)),
        /** The employees' self-assessment: the link's state, the count and the aggregates. */
        SELF_ASSESSMENT_READ((a, t) -> a.canSee(t)),
        /** Making, renewing or closing the company's self-assessment link: its own users only. */
        SELF_ASSESSMENT_LINK_CHANGE((a, t) -> a.ownCompany(t)),
        JOURNEY_READ((a, t) -> a.canSee(t)),
        JOURNEY_TIMELINE_READ((a, t) -> a.canSee(t)),
        JOURNEY_WITHDRAW((a, t) -> a.canSee(t) && a.is(Role.ADMIN, Role.MANAGER)),
        /** "Send a reminder now" (inbox, list of journeys): the coaches and managers of the delprojekt. */
        JOURNEY_REMIND_NOW((a, t) -> a.canSee(t) && a.is(Role.COACH, Role.MANAGER)),
        INBOX_LIST((a, t) -> a.canSee(t)),
        TASK_OPEN_COMPANY_TASK((a, t) -> a.ownCompany(t) || (a.is(Role.MANAGER, Role.ADMIN) && a.canSee(t))),
        TASK_OPEN_COACH_TASK((a, t) -> a.is(Role.COACH, Role.MANAGER, Role.ADMIN) && a.canSee(t)),
        TASK_CLAIM_COMPANY_TASK((a, t) -> a.ownCompany(t) && t != Target.A1_NEIGHBOUR),
        TASK_CLAIM_COACH_TASK((a, t) -> a.is(Role.COACH) && a.canSee(t)),
        COACHING_PLAN_READ((a, t) -> a.canSee(t)),
        COACHING_SESSIONS_READ((a, t) -> a.canSee(t) && !a.is(Role.COMPANY)),
        COACHING_SESSION_LOG((a, t) -> a.canSee(t) && a.is(Role.COACH)),
        TRAINING_READ((a, t) -> a.canSee(t)),
        TRAINING_BOOK((a, t) -> a.canSee(t) && a.is(Role.COACH)),
        /** Booking an action of an open course on the course date every tenant shares. */
        COURSE_DATE_BOOK((a, t) -> a.canSee(t) && a.is(Role.COACH)),
        /** The bookings on the shared course date: each sees those of the companies it may see, no others. */
        COURSE_DATE_ACTIVITIES_LIST((a, t) -> a.canSee(t)),
        PARTICIPANTS_READ((a, t) -> a.canSee(t)),
        PARTICIPANT_READ((a, t) -> a.canSee(t)),
        PARTICIPANT_ADD((a, t) -> a.ownCompany(t)),
        PARTICIPANT_CHANGE((a, t) -> a.ownCompany(t)),
        ATTENDANCE_READ((a, t) -> a.canSee(t)),
        ATTENDANCE_RECORD((a, t) -> a.ownCompany(t) || (a.is(Role.COACH) && a.canSee(t))),
        SIGNING_LIST((a, t) -> a.canSee(t)),
        SIGNING_SEND((a, t) -> a.ownCompany(t) || (a.is(Role.COACH) && a.canSee(t))),
        CO_FINANCING_READ((a, t) -> a.canSee(t)),
        FULL_NUMBERS((a, t) -> a.canSee(t) && a.is(Role.MANAGER, Role.ADMIN)),
        /** GDPR art. 17: the project office (manager of the delprojekt, admin) erases on request. */
        PARTICIPANT_ERASE((a, t) -> a.canSee(t) && a.is(Role.MANAGER, Role.ADMIN)),
        /** GDPR art. 15: the project office takes the register extract (with the full personnummer, logged). */
        PARTICIPANT_EXTRACT((a, t) -> a.canSee(t) && a.is(Role.MANAGER, Role.ADMIN)),
        /** A file to the funder without personnummer (SCB, Närvarorapport) records whom it named. */
        PARTICIPANT_REPORTED((a, t) -> a.canSee(t) && a.is(Role.MANAGER, Role.ADMIN)),
        REPORT_DASHBOARD((a, t) -> !a.is(Role.COMPANY) && a.canSee(t)),
        REPORT_EXPORT((a, t) -> a.is(Role.MANAGER, Role.ADMIN) && a.canSee(t)),
        /** Effektmätning (the Effekt page's figures): like the dashboard. */
        REPORT_EFFECT((a, t) -> !a.is(Role.COMPANY) && a.canSee(t)),
        /** Behov och upphandling (the page's figures): like the dashboard. */
        REPORT_DEMAND((a, t) -> !a.is(Role.COMPANY) && a.canSee(t)),
        /** The Effektmätning file: like the other exports. */
        REPORT_EFFECT_EXPORT((a, t) -> a.is(Role.MANAGER, Role.ADMIN) && a.canSee(t)),
        /** The Förteckning över planerade inköp: like the other exports. */
        REPORT_PURCHASES_EXPORT((a, t) -> a.is(Role.MANAGER, Role.ADMIN) && a.canSee(t)),
        /** Mitt konto: one's own signed-in sessions (here: of the target company's user), nobody else's, not even an admin's. */
        SESSIONS_LIST((a, t) -> a.ownCompany(t)),
        /** Ending a session by its id: only one's own. */
        SESSION_END((a, t) -> a.ownCompany(t)),
        /** "End all others": one's own other sessions, never another user's. */
        SESSIONS_END_OTHERS((a, t) -> a.ownCompany(t));

        final BiPredicate<Actor, Target> allowed;

        Op(BiPredicate<Actor, Target> allowed) {
            this.allowed = allowed;
        }

        /** Whether the operation writes: only a refused write needs the before-and-after snapshot. */
        boolean writes() {
            return switch (this) {
                case COMPANY_CHANGE_CONTACT, COMPANY_INVITE_USER, DEMINIMIS_CORRECT, SURVEY_SAVE_ANSWER, SURVEY_SAVE_TEXT, SURVEY_SUBMIT,
                     SURVEY_ASSIGN_SECTION, SURVEY_INVITE_SECTION_OWNER, SURVEY_SAVE_GROUPS,
                     JOURNEY_WITHDRAW, JOURNEY_REMIND_NOW, TASK_CLAIM_COMPANY_TASK, TASK_CLAIM_COACH_TASK, COACHING_SESSION_LOG,
                     TRAINING_BOOK, COURSE_DATE_BOOK, PARTICIPANT_ADD, PARTICIPANT_CHANGE, ATTENDANCE_RECORD, SIGNING_SEND,
                     FULL_NUMBERS, PARTICIPANT_ERASE, PARTICIPANT_REPORTED -> true;
                default -> false;
            };
        }

        /** Listing and heat map filter rather than take an id: there is no unknown id to guess. */
        boolean byId() {
            return this != INBOX_LIST && this != HEAT_MAP_SCOPE && this != COURSE_DATE_ACTIVITIES_LIST && !report()
                    && this != SESSIONS_LIST && this != SESSIONS_END_OTHERS;
        }

        /** A report: filtered by project and delprojekt, not by id. */
        boolean report() {
            return this == REPORT_DASHBOARD || this == REPORT_EXPORT || this == REPORT_EFFECT || this == REPORT_DEMAND
                    || this == REPORT_EFFECT_EXPORT || this == REPORT_PURCHASES_EXPORT;
        }
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor a : Actor.values()) {
            for (Target t : Target.values()) {
                for (Op op : Op.values()) {
                    if (t == Target.UNKNOWN && !op.byId()) {
                        continue;
                    }
                    cases.add(Arguments.of(a, t, op, op.allowed.test(a, t) ? Expect.ALLOWED : Expect.REFUSED));
                }
            }
        }
        return cases.stream();
    }

    // ------------------------------------------------------------------------------------------ world

    @Autowired
    UserService users;
    @Autowired
    se.kompetensresan.security.UserSessions userSessions;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    se.kompetensresan.company.DeMinimisService deMinimis;
    @Autowired
    SurveyService surveys;
    @Autowired
    SelfAssessmentService selfAssessments;
    @Autowired
    JourneyService journeys;
    @Autowired
    CaseFile caseFile;
    @Autowired
    TaskInbox inbox;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    ParticipantService participants;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SigningService signing;
    @Autowired
    CoFinancingService coFinancing;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    JourneyFixtures fx;
    final Map<Sp, Long> subprojects = new EnumMap<>(Sp.class);
    final Map<Target, Tenant> tenants = new EnumMap<>(Target.class);
    final Map<Actor, String> usernames = new EnumMap<>(Actor.class);
    String admin;
    String setupCoach;

    final ListAppender<ILoggingEvent> tenancyLog = new ListAppender<>();
    /** role/actor → op → [allowed, refused] cases passed. */
    static final Map<Actor, Map<Op, int[]>> SUMMARY = new EnumMap<>(Actor.class);

    /** What one target company has. */
    static final class Tenant {
        long subprojectId;
        CompanyInfo company;
        String companyUser;
        String processInstanceId;
        String caseNumber;
        long responseId;
        String surveyTaskId;
        String contactTaskId;
        List<Long> planned;
        long trainingActivityId;
        /** A training that ran last month, with one registered participant. */
        long ledgerActivityId;
        /** The action of the open course booked on the shared course date (planned.get(4)); 5 and 6 are unbooked. */
        long openActivityId;
        long participantId;
        /** A signed-in session of the company's user (a row of user_session). */
        long sessionRowId;
    }

    @Autowired
    se.kompetensresan.catalogue.CatalogueService catalogue;
    @Autowired
    se.kompetensresan.catalogue.CourseDateService courseDates;
    /** An open course shared by every project, and its course date that every tenant books. */
    long openCourseId;
    long sharedCourseDateId;

    @BeforeAll
    void buildWorld() {
        fx = new JourneyFixtures(users, projects, companies);
        admin = fx.user(Role.ADMIN, null, Set.of());
        asUser(admin);
        openCourseId = catalogue.save(new se.kompetensresan.catalogue.CourseForm(null, JourneyFixtures.unique("Heta arbeten"),
                "Brandskyddsutbildarna", CompetenceAreas.WORK_ENVIRONMENT, null, 8, BigDecimal.valueOf(2500),
                se.kompetensresan.catalogue.CourseDelivery.CLASSROOM, se.kompetensresan.catalogue.CourseKind.OPEN_COURSE,
                se.kompetensresan.catalogue.ProcurementStatus.FRAMEWORK_AGREEMENT, "Brandskyddsutbildarna", Set.of())).id();
        LocalDate shared = LocalDate.now(clock).plusDays(50);
        sharedCourseDateId = courseDates.save(new se.kompetensresan.catalogue.CourseDateForm(null, openCourseId, shared,
                shared, "Karlskoga", 2, 500)).id();
        ProjectInfo a = projects.createProject(project("Projekt A"));
        ProjectInfo b = projects.createProject(project("Projekt B"));
        subprojects.put(Sp.A1, projects.createSubproject(a.id(), JourneyFixtures.unique("A1"), "Kommun", List.of("1883"), 50).id());
        subprojects.put(Sp.A2, projects.createSubproject(a.id(), JourneyFixtures.unique("A2"), "Kommun", List.of("1883"), 50).id());
        subprojects.put(Sp.B1, projects.createSubproject(b.id(), JourneyFixtures.unique("B1"), "Kommun", List.of("1883"), 50).id());
        setupCoach = fx.user(Role.COACH, null, Set.copyOf(subprojects.values()));

        for (Target t : Target.values()) {
            if (t != Target.UNKNOWN) {
                tenants.put(t, tenant(subprojects.get(t.sp)));
            }
        }
        for (Actor actor : Actor.values()) {
            usernames.put(actor, switch (actor.role) {
                case COMPANY -> tenants.get(actor.ownCompany).companyUser;
                case ADMIN -> admin;
                default -> fx.user(actor.role, null,
                        actor.subprojects.stream().map(subprojects::get).collect(Collectors.toSet()));
            });
        }

        Logger logger = (Logger) LoggerFactory.getLogger(TENANCY_LOGGER);
        tenancyLog.start();
        logger.addAppender(tenancyLog);
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    void printSummary() throws IOException {
        ((Logger) LoggerFactory.getLogger(TENANCY_LOGGER)).detachAppender(tenancyLog);
        SecurityContextHolder.clearContext();
        String table = summaryTable();
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "tenancy-matrix-summary.txt"), table);
    }

    private static ProjectInfo project(String name) {
        return new ProjectInfo(0, JourneyFixtures.unique(name), JourneyFixtures.unique("ESF"), "Region",
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), BigDecimal.valueOf(1_000_000),
                BigDecimal.valueOf(500_000), 100, 30, BigDecimal.valueOf(300), 3);
    }

    /** A company with its user, a journey waiting in the survey phase with a coach task, an approved plan and a booked training. */
    private Tenant tenant(long subprojectId) {
        Tenant t = new Tenant();
        t.subprojectId = subprojectId;
        t.company = fx.company(subprojectId, 20);
        t.companyUser = fx.user(Role.COMPANY, t.company.id(), Set.of());
        t.sessionRowId = sessionOf(t.companyUser);
        // a contact e-mail, so that a reminder reaches someone
        companies.updateContact(t.company.id(), new ContactDetails("Kontakt", "kontakt-" + t.company.id() + "@example.se",
                "070-000 00 01", "Storgatan 1"));
        t.processInstanceId = walk().start(t.company.id());
        t.caseNumber = runtime.createProcessInstanceQuery().processInstanceId(t.processInstanceId).singleResult()
                .getBusinessKey();
        var escalation = management.createJobQuery().processInstanceId(t.processInstanceId)
                .activityId(JourneyProcess.BOUNDARY_SURVEY_ESCALATION).singleResult();
        management.executeJob(escalation.getId());
        t.surveyTaskId = walk().taskId(t.processInstanceId, JourneyProcess.TASK_FILL_IN_SURVEY);
        t.contactTaskId = walk().taskId(t.processInstanceId, JourneyProcess.TASK_CONTACT_COMPANY);
        asUser(admin);
        t.responseId = surveys.responseIdFor(t.company.id(), SurveyRound.FIRST).orElseThrow();

        long planId = coaching.preparePlan(t.company.id(), "Bred", CompetenceAreas.ALL.subList(0, 4));
        asUser(setupCoach);
        for (int i = 0; i < 3; i++) {
            coaching.saveActivity(t.company.id(), new se.kompetensresan.coaching.PlannedActivityForm(null,
                    CompetenceAreas.WORK_ENVIRONMENT, "Heta arbeten " + i, null, 2, 8, LocalDate.now(clock).plusDays(50),
                    null, openCourseId));
        }
        t.planned = coaching.plannedActivityIds(planId);
        coaching.logSession(t.company.id(), new CoachingSessionForm(LocalDate.now(clock).minusDays(1), 60, "VD",
                "Första mötet", null));
        coaching.submitPlan(t.company.id());
        asUser(t.companyUser);
        coaching.approvePlan(t.company.id());
        asUser(setupCoach);
        t.trainingActivityId = training.bookActivity(t.planned.get(0), course()).id();
        t.openActivityId = training.bookActivity(t.planned.get(4), onSharedDate()).id();
        java.time.YearMonth last = java.time.YearMonth.now(clock).minusMonths(1);
        t.ledgerActivityId = training.bookActivity(t.planned.get(3), new TrainingActivityForm("Lean", "Lernia", "Karlskoga",
                last.atDay(1), last.atEndOfMonth(), 16)).id();
        asUser(t.companyUser);
        t.participantId = participants.add(t.company.id(), newParticipant("Anna Svetsare")).id();
        attendance.register(t.ledgerActivityId, t.participantId);
        attendance.record(t.ledgerActivityId, t.participantId, last.atDay(3), "4");
        asUser(admin);
        return t;
    }

    /** A signed-in session of the user on another browser, as {@code EndedSessionFilter} writes it; its row id. */
    private long sessionOf(String username) {
        long userId = users.findAccount(username).orElseThrow().id();
        jdbc.update("insert into user_session (user_id, session_hash, signed_in_at, last_seen_at, device, address)"
                        + " values (?, ?, current_timestamp, current_timestamp, 'Firefox · Linux', '10.1.2.0/24')",
                userId, java.util.UUID.randomUUID().toString().replace("-", "") + "0123456789abcdef0123456789abcdef");
        return jdbc.queryForObject("select max(id) from user_session where user_id = ?", Long.class, userId);
    }

    private boolean sessionExists(long rowId) {
        return jdbc.queryForObject("select count(*) from user_session where id = ?", Long.class, rowId) == 1;
    }

    private static int pnrSerial = 100;

    private static ParticipantForm newParticipant(String name) {
        String pnr = se.kompetensresan.coaching.CoachingTestData.personnummer("19850315", pnrSerial += 10);
        return new ParticipantForm(name, pnr, false, null, JourneyFixtures.unique("deltagare") + "@example.se",
                LocalDate.of(2020, 1, 1), "sv");
    }

    private java.time.LocalDate ledgerDay() {
        return java.time.YearMonth.now(clock).minusMonths(1).atDay(3);
    }

    private TrainingActivityForm course() {
        LocalDate start = LocalDate.now(clock).plusDays(40);
        return new TrainingActivityForm("Svetskurs", "Lernia", "Karlskoga", start, start.plusDays(2), 8);
    }

    private TrainingActivityForm onSharedDate() {
        return new TrainingActivityForm("Heta arbeten", "Brandskyddsutbildarna", null, null, null, 8, sharedCourseDateId);
    }

    private void asUser(String username) {
        Role role = users.findAccount(username).map(UserAccount::role).orElseThrow();
        JourneyFixtures.signIn(username, role);
    }

    // ------------------------------------------------------------------------------------------ the matrix

    @ParameterizedTest(name = "{0} {2} of {1}: {3}")
    @MethodSource("matrix")
    void tenantIsolation(Actor actor, Target target, Op op, Expect expect) {
        Tenant t = tenants.get(target);
        if (expect == Expect.ALLOWED) {
            seen.clear(); // an allowed case may change any tenant's data
            asUser(usernames.get(actor));
            StepUps.confirmed(); // high-value actions need it; its absence is refused in their own tests
            allowed(actor, target, t, op);
        } else if (!op.byId()) {
            asUser(usernames.get(actor));
            StepUps.confirmed();
            hidden(actor, t, op);
        } else {
            // a refused case changes nothing (asserted below): what the last one left is this one's before
            Snapshot before = t == null || !op.writes() ? null : seen.computeIfAbsent(target, k -> snapshot(t));
            asUser(usernames.get(actor));
            StepUps.confirmed(); // so that a refusal here is the tenant's, not the step-up's
            tenancyLog.list.clear();
            Throwable thrown = catchThrowable(() -> attempt(actor, t, op));
            assertThat(thrown).as("%s %s of %s", actor, op, target)
                    .isInstanceOfAny(AccessRefusedException.class, AccessDeniedException.class);
            assertThat(tenancyLog.list).as("WARN on %s for %s %s of %s", TENANCY_LOGGER, actor, op, target)
                    .anyMatch(e -> e.getLevel() == Level.WARN);
            if (before != null) {
                Snapshot after = snapshot(t);
                assertThat(after).as("nothing changed after %s %s of %s", actor, op, target).isEqualTo(before);
                seen.put(target, after);
            }
        }
        SUMMARY.computeIfAbsent(actor, k -> new EnumMap<>(Op.class))
                .computeIfAbsent(op, k -> new int[2])[expect == Expect.ALLOWED ? 0 : 1]++;
    }

    /** Each tenant's data as the last refused case left it; emptied by every allowed case. */
    private final Map<Target, Snapshot> seen = new EnumMap<>(Target.class);

    /** The refused attempt; a null tenant means the ids do not exist. */
    private void attempt(Actor actor, Tenant t, Op op) {
        long companyId = t == null ? UNKNOWN_ID : t.company.id();
        long responseId = t == null ? UNKNOWN_ID : t.responseId;
        String surveyTask = t == null ? String.valueOf(UNKNOWN_ID) : t.surveyTaskId;
        String contactTask = t == null ? String.valueOf(UNKNOWN_ID) : t.contactTaskId;
        long unbooked = t == null ? UNKNOWN_ID : t.planned.get(2);
        long activity = t == null ? UNKNOWN_ID : t.trainingActivityId;
        long ledger = t == null ? UNKNOWN_ID : t.ledgerActivityId;
        long participant = t == null ? UNKNOWN_ID : t.participantId;
        switch (op) {
            case COMPANY_READ -> companies.get(companyId);
            case COMPANY_USERS_READ -> companies.users(companyId);
            case COMPANY_CHANGE_CONTACT -> companies.updateContact(companyId,
                    new ContactDetails("Inkräktare", "inkraktare@example.com", "070-000 00 00", "Falsk gata 1"));
            case COMPANY_INVITE_USER -> companies.inviteColleague(companyId, "Inkräktare",
                    JourneyFixtures.unique("intruder") + "@example.com");
            case DEMINIMIS_READ -> deMinimis.standing(companyId);
            case DEMINIMIS_CORRECT -> deMinimis.correctDeclaration(companyId, List.of("999", "999", "999"));
            case SURVEY_READ -> surveys.load(responseId);
            case SURVEY_SAVE_ANSWER -> surveys.saveAnswer(responseId, CompetenceAreas.ALL.get(0), 1, 4, 99);
            case SURVEY_SAVE_TEXT -> surveys.saveValue(responseId, null, "hardestRoles", "inkräktare");
            case SURVEY_SUBMIT -> surveys.submit(responseId);
            case SURVEY_ASSIGN_SECTION -> surveys.assignSection(responseId, "other",
                    users.findAccount(usernames.get(actor)).orElseThrow().id());
            case SURVEY_INVITE_SECTION_OWNER -> surveys.inviteSectionOwner(responseId, "other", "Inkräktare",
                    JourneyFixtures.unique("intruder") + "@example.com");
            case SURVEY_SAVE_GROUPS -> surveys.saveMatrixRow(responseId, null, "matrix", CompetenceAreas.ALL.get(0),
                    "operators", new se.kompetensresan.survey.MatrixRow(1, 4, null, 99));
            case GAP_ROLE_GROUPS_READ -> surveys.roleGroupGaps(companyId);
            case GAP_SCORE_READ -> surveys.scoreFor(companyId, SurveyRound.FIRST);
            case GAP_PRIORITISED_READ -> surveys.prioritisedGaps(companyId);
            case SELF_ASSESSMENT_READ -> selfAssessments.summary(companyId);
            case SELF_ASSESSMENT_LINK_CHANGE -> selfAssessments.renewLink(companyId);
            case HEAT_MAP_SCOPE -> surveys.heatMap(Optional.of(t.subprojectId), Optional.empty());
            case JOURNEY_READ -> journeys.journeyOf(companyId);
            case JOURNEY_TIMELINE_READ -> caseFile.timeline(companyId);
            case JOURNEY_WITHDRAW -> journeys.withdraw(companyId, "inkräktare");
            case JOURNEY_REMIND_NOW -> reminders.remindNow(List.of(t == null ? "KR-2000-9999" : t.caseNumber));
            case INBOX_LIST -> throw new IllegalStateException("a list is filtered, not refused");
            case TASK_OPEN_COMPANY_TASK -> inbox.task(surveyTask);
            case TASK_OPEN_COACH_TASK -> inbox.task(contactTask);
            case TASK_CLAIM_COMPANY_TASK -> inbox.claim(surveyTask);
            case TASK_CLAIM_COACH_TASK -> inbox.claim(contactTask);
            case COACHING_PLAN_READ -> coaching.currentPlan(companyId);
            case COACHING_SESSIONS_READ -> coaching.sessions(companyId);
            case COACHING_SESSION_LOG -> coaching.logSession(companyId, new CoachingSessionForm(
                    LocalDate.now(clock), 30, "inkräktare", "inkräktare", null));
            case TRAINING_READ -> training.activity(activity);
            case TRAINING_BOOK -> training.bookActivity(unbooked, course());
            case COURSE_DATE_BOOK -> training.bookActivity(t == null ? UNKNOWN_ID : t.planned.get(6), onSharedDate());
            case COURSE_DATE_ACTIVITIES_LIST -> throw new IllegalStateException("a list is filtered, not refused");
            case PARTICIPANTS_READ -> participants.ofCompany(companyId);
            case PARTICIPANT_READ -> participants.get(participant);
            case PARTICIPANT_ADD -> participants.add(companyId, newParticipant("Inkräktare"));
            case PARTICIPANT_CHANGE -> participants.update(participant, newParticipant("Inkräktare"));
            case ATTENDANCE_READ -> attendance.sheet(ledger);
            case ATTENDANCE_RECORD -> attendance.record(ledger, participant, ledgerDay(), "9");
            case SIGNING_LIST -> signing.months(java.time.YearMonth.now(clock).minusMonths(1), companyId);
            case SIGNING_SEND -> signing.sendMonth(companyId, java.time.YearMonth.now(clock));
            case CO_FINANCING_READ -> coFinancing.rows(null, companyId);
            case FULL_NUMBERS -> participants.fullNumbers(List.of(participant), "Inkräktare");
            case PARTICIPANT_ERASE -> participants.erase(participant, "Inkräktare");
            case PARTICIPANT_EXTRACT -> participants.extract(participant);
            case PARTICIPANT_REPORTED -> participants.recordReported(List.of(participant), "Inkräktare");
            case REPORT_DASHBOARD, REPORT_EXPORT, REPORT_EFFECT, REPORT_DEMAND, REPORT_EFFECT_EXPORT, REPORT_PURCHASES_EXPORT ->
                    throw new IllegalStateException("a report is filtered, not by id");
            case SESSION_END -> {
                long row = t == null ? UNKNOWN_ID : t.sessionRowId;
                try {
                    userSessions.end(row);
                } finally {
                    assertThat(t == null || sessionExists(row)).as("the session still signed in").isTrue();
                }
            }
            case SESSIONS_LIST, SESSIONS_END_OTHERS -> throw new IllegalStateException("one's own sessions, not by id");
        }
    }

    /** An allowed case: it works and returns the target's data. */
    private void allowed(Actor actor, Target target, Tenant t, Op op) {
        long companyId = t.company.id();
        switch (op) {
            case COMPANY_READ -> assertThat(companies.get(companyId).name()).isEqualTo(t.company.name());
            case COMPANY_USERS_READ -> assertThat(companies.users(companyId)).extracting(UserAccount::username)
                    .contains(t.companyUser);
            case COMPANY_CHANGE_CONTACT -> {
                String phone = "070-" + (1_000_000 + actor.ordinal() * 10 + target.ordinal());
                CompanyInfo changed = companies.updateContact(companyId,
                        new ContactDetails("Kontakt " + actor, "kontakt@example.se", phone, "Storgatan 1"));
                assertThat(changed.contactPhone()).isEqualTo(phone);
                assertThat(companies.history(companyId)).anyMatch(h -> phone.equals(h.newValue()));
            }
            case COMPANY_INVITE_USER -> {
                String email = JourneyFixtures.unique("colleague") + "@example.se";
                String username = companies.inviteColleague(companyId, "Kollega", email);
                assertThat(users.findAccount(username)).get().extracting(UserAccount::companyId).isEqualTo(companyId);
            }
            case DEMINIMIS_READ -> assertThat(deMinimis.standing(companyId).toYear()).isEqualTo(LocalDate.now(clock).getYear());
            case DEMINIMIS_CORRECT -> {
                String amount = String.valueOf(100 + actor.ordinal() * 10 + target.ordinal());
                var after = deMinimis.correctDeclaration(companyId, List.of(amount, "0", "0"));
                assertThat(after.declaredEur()).isEqualByComparingTo(amount);
                assertThat(companies.history(companyId)).anyMatch(h -> h.field().equals("deMinimis")
                        && h.newValue().endsWith(": " + amount + " EUR"));
            }
            case SURVEY_READ -> assertThat(surveys.load(t.responseId).companyId()).isEqualTo(companyId);
            case SURVEY_SAVE_ANSWER -> {
                String area = CompetenceAreas.ALL.get(1);
                surveys.saveAnswer(t.responseId, area, 2, 3, 4);
                assertThat(surveys.load(t.responseId).answers())
                        .anyMatch(x -> x.areaCode().equals(area) && Integer.valueOf(4).equals(x.employeesConcerned()));
            }
            case SURVEY_SAVE_TEXT -> {
                surveys.saveValue(t.responseId, null, "hardestRoles", "Två svetsare");
                assertThat(surveys.load(t.responseId).values().value("hardestRoles")).isEqualTo("Två svetsare");
            }
            case SURVEY_SUBMIT -> submitAsFreshCompanyOf(t);
            case SURVEY_ASSIGN_SECTION -> {
                long colleague = users.findAccount(fx.user(Role.COMPANY, companyId, Set.of())).orElseThrow().id();
                asUser(usernames.get(actor));
                surveys.assignSection(t.responseId, "other", colleague);
                assertThat(surveys.load(t.responseId).owners().get("other").userId()).isEqualTo(colleague);
                surveys.assignSection(t.responseId, "other", null);
                assertThat(surveys.load(t.responseId).owners()).doesNotContainKey("other");
            }
            case SURVEY_INVITE_SECTION_OWNER -> {
                String email = JourneyFixtures.unique("owner") + "@example.se";
                surveys.inviteSectionOwner(t.responseId, "other", "Kollega", email);
                UserAccount invited = users.findAccount(email.toLowerCase(java.util.Locale.ROOT)).orElseThrow();
                assertThat(invited.companyId()).isEqualTo(companyId);
                assertThat(surveys.load(t.responseId).owners().get("other").userId()).isEqualTo(invited.id());
                surveys.assignSection(t.responseId, "other", null);
            }
            case SURVEY_SAVE_GROUPS -> {
                String area = CompetenceAreas.ALL.get(2);
                surveys.saveMatrixPerGroup(t.responseId, null, "matrix", true);
                surveys.saveGroupAbsent(t.responseId, null, "matrix", "office", true);
                surveys.saveMatrixRow(t.responseId, null, "matrix", area, "operators",
                        new se.kompetensresan.survey.MatrixRow(1, 3, null, 5));
                SurveyForm f = surveys.load(t.responseId);
                assertThat(f.values().row("matrix", area, "operators").requiredLevel()).isEqualTo(3);
                assertThat(f.values().groupAbsent("matrix", "office")).isTrue();
                surveys.saveMatrixPerGroup(t.responseId, null, "matrix", false); // the other cases answer as a whole
            }
            case GAP_ROLE_GROUPS_READ -> assertThat(surveys.roleGroupGaps(companyId)).isEmpty();
            case GAP_SCORE_READ -> assertThatCode(() -> surveys.scoreFor(companyId, SurveyRound.FIRST)).doesNotThrowAnyException();
            case GAP_PRIORITISED_READ -> assertThatCode(() -> surveys.prioritisedGaps(companyId)).doesNotThrowAnyException();
            case SELF_ASSESSMENT_READ -> {
                assertThat(selfAssessments.link(companyId)).get().extracting(SelfAssessmentLinkInfo::companyId)
                        .isEqualTo(companyId);
                assertThat(selfAssessments.summary(companyId).areas()).isEmpty();
            }
            // past the tenant check: the world's questionnaire version does not ask for the self-assessment
            case SELF_ASSESSMENT_LINK_CHANGE -> assertThatThrownBy(() -> selfAssessments.renewLink(companyId))
                    .isInstanceOf(se.kompetensresan.shared.UserMessageException.class)
                    .hasMessage("survey.self.error.notOffered");
            case HEAT_MAP_SCOPE -> {
                var rows = surveys.heatMap(Optional.of(t.subprojectId), Optional.empty()).rows();
                assertThat(rows).extracting(HeatMap.Row::companyId).contains(companyId);
                assertThat(rows).allMatch(r -> r.subprojectId() == t.subprojectId);
                assertThat(surveys.heatMap(Optional.empty(), Optional.empty()).rows())
                        .extracting(HeatMap.Row::companyId).contains(companyId);
            }
            case JOURNEY_READ -> assertThat(journeys.journeyOf(companyId)).get()
                    .extracting(JourneyInfo::companyId).isEqualTo(companyId);
            case JOURNEY_TIMELINE_READ -> assertThat(caseFile.timeline(companyId)).isNotEmpty();
            case JOURNEY_WITHDRAW -> withdrawFreshJourneyOf(t);
            case JOURNEY_REMIND_NOW -> {
                // the first of the actors who may reminds; the next within the hour is told it was a moment ago
                Throwable thrown = catchThrowable(() -> assertThat(reminders.remindNow(List.of(t.caseNumber)).reminded())
                        .isEqualTo(1));
                if (thrown != null) {
                    assertThat(thrown).isInstanceOf(se.kompetensresan.shared.UserMessageException.class)
                            .extracting(e -> ((se.kompetensresan.shared.UserMessageException) e).messageKey())
                            .isEqualTo("journey.remind.error.tooSoon");
                }
                assertThat(caseFile.timeline(companyId)).anyMatch(e -> e.type()
                        == se.kompetensresan.journey.casefile.JourneyEventType.REMINDER_SENT
                        && JourneyProcess.TASK_FILL_IN_SURVEY.equals(e.argument(0)));
            }
            case INBOX_LIST -> assertThat(visibleTaskKeys(companyId)).as("tasks of %s that %s lists", target, actor)
                    .isEqualTo(expectedTaskKeys(actor, target));
            case TASK_OPEN_COMPANY_TASK -> assertThat(inbox.task(t.surveyTaskId).companyId()).isEqualTo(companyId);
            case TASK_OPEN_COACH_TASK -> assertThat(inbox.task(t.contactTaskId).companyId()).isEqualTo(companyId);
            case TASK_CLAIM_COMPANY_TASK -> {
                inbox.claim(t.surveyTaskId);
                assertThat(inbox.task(t.surveyTaskId).assignee()).isEqualTo(usernames.get(actor));
            }
            case TASK_CLAIM_COACH_TASK -> {
                inbox.claim(t.contactTaskId);
                assertThat(inbox.task(t.contactTaskId).assignee()).isEqualTo(usernames.get(actor));
                inbox.unclaim(t.contactTaskId);
            }
            case COACHING_PLAN_READ -> assertThat(coaching.currentPlan(companyId)).get()
                    .extracting(PlanInfo::companyId).isEqualTo(companyId);
            case COACHING_SESSIONS_READ -> assertThat(coaching.sessions(companyId)).isNotEmpty()
                    .allMatch(s -> s.companyId() == companyId);
            case COACHING_SESSION_LOG -> {
                int before = coaching.sessions(companyId).size();
                coaching.logSession(companyId, new CoachingSessionForm(LocalDate.now(clock), 30, "VD", "Uppföljning", null));
                assertThat(coaching.sessions(companyId)).hasSize(before + 1);
            }
            case TRAINING_READ -> assertThat(training.activity(t.trainingActivityId).companyId()).isEqualTo(companyId);
            case TRAINING_BOOK -> {
                TrainingActivityInfo booked = training.bookActivity(t.planned.get(1), course());
                assertThat(booked.companyId()).isEqualTo(companyId);
                assertThat(training.activityIdFor(t.planned.get(1))).contains(booked.id());
            }
            case COURSE_DATE_BOOK -> {
                TrainingActivityInfo booked = training.bookActivity(t.planned.get(5), onSharedDate());
                assertThat(booked.companyId()).isEqualTo(companyId);
                assertThat(booked.courseDateId()).isEqualTo(sharedCourseDateId);
                assertThat(training.activitiesOnCourseDate(sharedCourseDateId)).extracting(TrainingActivityInfo::id)
                        .contains(booked.id());
            }
            case COURSE_DATE_ACTIVITIES_LIST -> {
                List<Long> listed = training.activitiesOnCourseDate(sharedCourseDateId).stream()
                        .map(TrainingActivityInfo::id).toList();
                assertThat(listed).contains(t.openActivityId);
                for (Target other : Target.values()) {
                    if (other != Target.UNKNOWN && !actor.canSee(other)) {
                        assertThat(listed).as("%s lists %s's booking", actor, other)
                                .doesNotContain(tenants.get(other).openActivityId);
                    }
                }
            }
            case PARTICIPANTS_READ -> assertThat(participants.ofCompany(companyId)).extracting(ParticipantInfo::id)
                    .contains(t.participantId);
            case PARTICIPANT_READ -> assertThat(participants.get(t.participantId).companyId()).isEqualTo(companyId);
            case PARTICIPANT_ADD -> assertThat(participants.add(companyId, newParticipant("Bo Berg")).companyId())
                    .isEqualTo(companyId);
            case PARTICIPANT_CHANGE -> assertThat(participants.update(t.participantId,
                    new ParticipantForm("Anna Svetsare", "", false, null, "anna." + target + "@example.se",
                            LocalDate.of(2020, 1, 1), "sv")).email()).isEqualTo("anna." + target + "@example.se");
            case ATTENDANCE_READ -> assertThat(attendance.sheet(t.ledgerActivityId).activity().companyId()).isEqualTo(companyId);
            case ATTENDANCE_RECORD -> {
                assertThat(attendance.record(t.ledgerActivityId, t.participantId, ledgerDay(), "5")).isEqualTo(5);
                attendance.record(t.ledgerActivityId, t.participantId, ledgerDay(), "4");
            }
            case SIGNING_LIST -> assertThat(signing.months(java.time.YearMonth.now(clock).minusMonths(1), companyId))
                    .allMatch(m -> m.companyId() == companyId);
            case SIGNING_SEND -> assertThat(signing.sendMonth(companyId, java.time.YearMonth.now(clock))).isZero();
            case CO_FINANCING_READ -> assertThat(coFinancing.rows(null, companyId)).allMatch(r -> r.companyId() == companyId);
            case FULL_NUMBERS -> assertThat(participants.fullNumbers(List.of(t.participantId), "Deltagarexport"))
                    .containsKey(t.participantId);
            case PARTICIPANT_ERASE -> eraseFreshParticipantOf(t);
            case SESSIONS_LIST -> assertThat(userSessions.mine()).extracting(se.kompetensresan.security.SessionInfo::id)
                    .contains(t.sessionRowId);
            case SESSION_END -> {
                userSessions.end(t.sessionRowId);
                assertThat(sessionExists(t.sessionRowId)).isFalse();
                t.sessionRowId = sessionOf(t.companyUser);
            }
            case SESSIONS_END_OTHERS -> {
                assertThat(userSessions.endOthers()).isPositive();
                assertThat(sessionExists(t.sessionRowId)).isFalse();
                t.sessionRowId = sessionOf(t.companyUser);
            }
            case PARTICIPANT_EXTRACT -> assertThat(participants.extract(t.participantId).text()).contains("Anna Svetsare",
                    t.company.name());
            case PARTICIPANT_REPORTED -> {
                int before = jdbc.queryForObject("select count(*) from personal_number_access where kind = 'REPORT'",
                        Integer.class);
                participants.recordReported(List.of(t.participantId), "Deltagarfil till SCB");
                assertThat(jdbc.queryForObject("select count(*) from personal_number_access where kind = 'REPORT'",
                        Integer.class)).isEqualTo(before + 1);
            }
            case REPORT_DASHBOARD -> {
                se.kompetensresan.reporting.ReportFilter f = reportFilter(t);
                assertThat(dashboards.dashboard(f).companies().enrolled()).isPositive();
                assertThat(dashboards.companies(f, null)).extracting(se.kompetensresan.reporting.ReportCompany::id)
                        .contains(companyId);
            }
            case REPORT_EXPORT -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                exports.write(reportFilter(t), se.kompetensresan.reporting.ExportKind.INDICATORS,
                        se.kompetensresan.reporting.ExportFormat.CSV, out, null);
                assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("\ufeffIndikator;")
                        .doesNotContain("Stödda små och medelstora företag;;;0");
            }
            case REPORT_EFFECT -> assertThat(effects.effect(reportFilter(t)).projectName())
                    .isEqualTo(projects.project(projectOf(t)).orElseThrow().name());
            case REPORT_DEMAND -> assertThat(effects.demand(reportFilter(t)).areas()).hasSize(CompetenceAreas.ALL.size());
            case REPORT_EFFECT_EXPORT, REPORT_PURCHASES_EXPORT -> {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                report(op, reportFilter(t), out);
                assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith(
                        op == Op.REPORT_EFFECT_EXPORT ? "\ufeffNivå;Kompetensområde;" : "\ufeffKompetensområde;Förslag;");
            }
        }
    }

    @Autowired
    se.kompetensresan.reporting.DashboardService dashboards;
    @Autowired
    se.kompetensresan.journey.CompanyReminders reminders;
    @Autowired
    se.kompetensresan.reporting.ExportService exports;
    @Autowired
    se.kompetensresan.reporting.EffectService effects;

    private void report(Op op, se.kompetensresan.reporting.ReportFilter f, java.io.OutputStream out) {
        switch (op) {
            case REPORT_DASHBOARD -> dashboards.dashboard(f);
            case REPORT_EFFECT -> effects.effect(f);
            case REPORT_DEMAND -> effects.demand(f);
            default -> exports.write(f, switch (op) {
                case REPORT_EFFECT_EXPORT -> se.kompetensresan.reporting.ExportKind.EFFECT;
                case REPORT_PURCHASES_EXPORT -> se.kompetensresan.reporting.ExportKind.PLANNED_PURCHASES;
                default -> se.kompetensresan.reporting.ExportKind.PARTICIPANTS;
            }, se.kompetensresan.reporting.ExportFormat.CSV, out, null);
        }
    }

    private long projectOf(Tenant t) {
        return projects.subproject(t.subprojectId).orElseThrow().projectId();
    }

    /** The tenant's delprojekt in its project, for a year either side of today. */
    private se.kompetensresan.reporting.ReportFilter reportFilter(Tenant t) {
        long projectId = projects.subproject(t.subprojectId).orElseThrow().projectId();
        LocalDate today = LocalDate.now(clock);
        return new se.kompetensresan.reporting.ReportFilter(projectId, t.subprojectId, null, today.minusYears(1),
                today.plusYears(1));
    }

    /** A listing that must not show the target: the inbox and the unfiltered heat map. */
    private void hidden(Actor actor, Tenant t, Op op) {
        switch (op) {
            case INBOX_LIST -> assertThat(visibleTaskKeys(t.company.id())).isEmpty();
            case SESSIONS_LIST -> assertThat(userSessions.mine()).extracting(se.kompetensresan.security.SessionInfo::id)
                    .doesNotContain(t.sessionRowId);
            case SESSIONS_END_OTHERS -> {
                userSessions.endOthers();
                assertThat(sessionExists(t.sessionRowId)).as("another user's session still signed in").isTrue();
                if (actor.ownCompany != null) { // the actor's own other session did end: sign it in again
                    Tenant own = tenants.get(actor.ownCompany);
                    if (!sessionExists(own.sessionRowId)) {
                        own.sessionRowId = sessionOf(own.companyUser);
                    }
                }
            }
            case COURSE_DATE_ACTIVITIES_LIST -> assertThat(training.activitiesOnCourseDate(sharedCourseDateId))
                    .extracting(TrainingActivityInfo::companyId).doesNotContain(t.company.id());
            case HEAT_MAP_SCOPE -> {
                tenancyLog.list.clear();
                Snapshot before = snapshotAsAdmin(t);
                assertThat(catchThrowable(() -> surveys.heatMap(Optional.of(t.subprojectId), Optional.empty())))
                        .isInstanceOf(AccessRefusedException.class);
                assertThat(tenancyLog.list).anyMatch(e -> e.getLevel() == Level.WARN);
                if (!actor.is(Role.COMPANY)) {
                    assertThat(surveys.heatMap(Optional.empty(), Optional.empty()).rows())
                            .extracting(HeatMap.Row::companyId).doesNotContain(t.company.id());
                }
                assertThat(snapshotAsAdmin(t)).isEqualTo(before);
            }
            case REPORT_DASHBOARD, REPORT_EXPORT, REPORT_EFFECT, REPORT_DEMAND, REPORT_EFFECT_EXPORT, REPORT_PURCHASES_EXPORT -> {
                // the tenant's delprojekt by filter: refused and logged, nothing written
                tenancyLog.list.clear();
                se.kompetensresan.reporting.ReportFilter f = reportFilter(t);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                Throwable thrown = catchThrowable(() -> report(op, f, out));
                assertThat(thrown).as("%s %s of %s", actor, op, f).isInstanceOf(AccessRefusedException.class);
                assertThat(out.size()).isZero();
                assertThat(tenancyLog.list).anyMatch(e -> e.getLevel() == Level.WARN);
                // the whole project: refused unless the actor works in another of its delprojekt, and then without
                // the tenant's company
                se.kompetensresan.reporting.ReportFilter whole = f.withSubproject(null);
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                Throwable wholeThrown = catchThrowable(() -> report(op, whole, all));
                if (wholeThrown == null) {
                    assertThat(actor.is(Role.COACH, Role.MANAGER)).isTrue();
                    if (op == Op.REPORT_DASHBOARD) {
                        assertThat(dashboards.companies(whole, null)).extracting(se.kompetensresan.reporting.ReportCompany::id)
                                .doesNotContain(t.company.id());
                    } else if (op == Op.REPORT_EFFECT) {
                        assertThat(effects.effect(whole).byCompany()).extracting(se.kompetensresan.reporting.Effect.EffectGroup::key)
                                .doesNotContain(String.valueOf(t.company.id()));
                    } else if (op == Op.REPORT_DEMAND) {
                        // the whole project is the sum of the actor's own delprojekt, without the tenant's
                        long parts = dashboards.subprojects(whole.projectId()).stream()
                                .peek(sp -> assertThat(sp.id()).isNotEqualTo(t.subprojectId))
                                .mapToLong(sp -> effects.demand(whole.withSubproject(sp.id())).companies()).sum();
                        assertThat(effects.demand(whole).companies()).isEqualTo(parts);
                    } else {
                        assertThat(all.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(t.company.name());
                    }
                } else {
                    assertThat(wholeThrown).isInstanceOf(AccessRefusedException.class);
                    assertThat(all.size()).isZero();
                }
            }
            default -> throw new IllegalStateException(op.name());
        }
    }

    private Set<String> visibleTaskKeys(long companyId) {
        return inbox.tasks().stream().filter(x -> x.companyId() == companyId).map(TaskInfo::taskKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expectedTaskKeys(Actor actor, Target target) {
        Set<String> keys = new TreeSet<>();
        if (Op.TASK_OPEN_COMPANY_TASK.allowed.test(actor, target)) {
            keys.add(JourneyProcess.TASK_FILL_IN_SURVEY);
        }
        if (Op.TASK_OPEN_COACH_TASK.allowed.test(actor, target)) {
            keys.add(JourneyProcess.TASK_CONTACT_COMPANY);
        }
        return keys;
    }

    /**
     * Submitting changes the survey for good, so the allowed case runs on a fresh company of the same tenant: its
     * own COMPANY user fills in every area and submits; the journey moves on.
     */
    private void submitAsFreshCompanyOf(Tenant t) {
        asUser(admin);
        CompanyInfo c = fx.company(t.subprojectId, 12);
        String user = fx.user(Role.COMPANY, c.id(), Set.of());
        String pi = walk().start(c.id());
        long responseId = surveys.responseIdFor(c.id(), SurveyRound.FIRST).orElseThrow();
        asUser(user);
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 2, 3, 1);
        }
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        surveys.submit(responseId);
        assertThat(surveys.load(responseId).status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(taskService.createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(JourneyProcess.TASK_FILL_IN_SURVEY).count()).isZero();
    }

    /**
     * Erasing destroys the participant, so the allowed case erases a participant freshly added by the tenant's
     * company user (the tenant's own participant stays for the other cases).
     */
    private void eraseFreshParticipantOf(Tenant t) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        asUser(t.companyUser);
        long fresh = participants.add(t.company.id(), newParticipant("Radera Mig")).id();
        asUser(me);
        StepUps.confirmed();
        participants.erase(fresh, "Begäran från personen");
        assertThat(participants.ofCompany(t.company.id())).extracting(ParticipantInfo::id)
                .doesNotContain(fresh).contains(t.participantId);
    }

    /** Withdrawing ends a journey for good, so the allowed case withdraws a fresh journey of the same tenant. */
    private void withdrawFreshJourneyOf(Tenant t) {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        asUser(admin);
        CompanyInfo c = fx.company(t.subprojectId, 12);
        String pi = walk().start(c.id());
        asUser(me);
        journeys.withdraw(c.id(), "Företaget har inte tid");
        walk().runJobs(pi);
        assertThat(journeys.journeyOf(c.id())).get().extracting(JourneyInfo::status).isEqualTo(JourneyStatus.WITHDRAWN);
    }

    // ------------------------------------------------------------------------------------------ nothing changed

    /** Everything a refused attempt could have changed in the target tenant, as the admin sees it. */
    record Snapshot(CompanyInfo company, List<CompanyChangeInfo> history, List<String> users, SurveyForm survey,
                    Optional<JourneyInfo> journey, List<TimelineEntry> timeline, TaskInfo surveyTask,
                    TaskInfo contactTask, Optional<PlanInfo> plan, List<CoachingSessionInfo> sessions,
                    TrainingActivityInfo training, List<Optional<Long>> bookings, List<ParticipantInfo> participants,
                    Map<Long, Map<LocalDate, Integer>> hours, List<se.kompetensresan.participant.ParticipantMonthInfo> months) {
    }

    private Snapshot snapshot(Tenant t) {
        asUser(admin);
        long id = t.company.id();
        return new Snapshot(companies.get(id), companies.history(id),
                companies.users(id).stream().map(UserAccount::username).toList(), surveys.load(t.responseId),
                journeys.journeyOf(id), caseFile.timeline(id), inbox.task(t.surveyTaskId), inbox.task(t.contactTaskId),
                coaching.currentPlan(id), coaching.sessions(id), training.activity(t.trainingActivityId),
                t.planned.stream().map(training::activityIdFor).toList(), participants.ofCompany(id),
                attendance.sheet(t.ledgerActivityId).hours(),
                signing.months(java.time.YearMonth.now(clock), id));
    }

    /** Like {@link #snapshot} but signs the current user in again afterwards. */
    private Snapshot snapshotAsAdmin(Tenant t) {
        var me = SecurityContextHolder.getContext().getAuthentication();
        try {
            return snapshot(t);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(me);
        }
    }

    // ------------------------------------------------------------------------------------------ summary

    private static String summaryTable() {
        StringBuilder s = new StringBuilder("\nTenancy matrix: cases passed per operation and actor (allowed/refused)\n");
        s.append(String.format("%-26s", "operation"));
        for (Actor a : Actor.values()) {
            s.append(String.format("%12s", a.name()));
        }
        s.append(String.format("%12s%n", "total"));
        int[] grand = new int[2];
        Map<Actor, int[]> perActor = new EnumMap<>(Actor.class);
        for (Op op : Op.values()) {
            s.append(String.format("%-26s", op.name()));
            int[] row = new int[2];
            for (Actor a : Actor.values()) {
                int[] c = SUMMARY.getOrDefault(a, Map.of()).getOrDefault(op, new int[2]);
                s.append(String.format("%12s", c[0] + "/" + c[1]));
                row[0] += c[0];
                row[1] += c[1];
                int[] pa = perActor.computeIfAbsent(a, k -> new int[2]);
                pa[0] += c[0];
                pa[1] += c[1];
            }
            grand[0] += row[0];
            grand[1] += row[1];
            s.append(String.format("%12s%n", row[0] + "/" + row[1]));
        }
        s.append(String.format("%-26s", "total"));
        for (Actor a : Actor.values()) {
            int[] pa = perActor.getOrDefault(a, new int[2]);
            s.append(String.format("%12s", pa[0] + "/" + pa[1]));
        }
        s.append(String.format("%12s%n", grand[0] + "/" + grand[1]));
        Map<Role, int[]> perRole = new TreeMap<>();
        perActor.forEach((a, c) -> {
            int[] r = perRole.computeIfAbsent(a.role, k -> new int[2]);
            r[0] += c[0];
            r[1] += c[1];
        });
        s.append("per role (allowed/refused): ");
        perRole.forEach((r, c) -> s.append(r).append(' ').append(c[0]).append('/').append(c[1]).append("  "));
        s.append(String.format("%nall cases: %d (%d allowed, %d refused)%n", grand[0] + grand[1], grand[0], grand[1]));
        return s.toString();
    }
    @Autowired
    ApplicationContext applicationContext;

    private JourneyWalker walker;

    private JourneyWalker walk() {
        if (walker == null) {
            walker = new JourneyWalker(applicationContext);
        }
        return walker;
    }
}
