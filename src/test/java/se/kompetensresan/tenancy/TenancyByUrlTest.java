package se.kompetensresan.tenancy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.participant.ParticipantForm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.survey.SurveyTestData;

/**
 * Tenant isolation by URL: a user of another tenant who types the address of a foreign company's page (every
 * view with an id in its route) gets the neutral not-found page, the attempt is logged, and no data of the
 * foreign company is rendered. Guessed ids that do not exist (9999999) and ids that are not numbers behave the same.
 * A role the view does not admit at all gets the access-denied page (in Karibu: its stand-in raises an exception
 * naming AccessDenied) and sees nothing either.
 */
class TenancyByUrlTest extends KaribuTest {

    static final String UNKNOWN = "9999999";

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    SurveyService surveys;
    @Autowired
    se.kompetensresan.survey.SelfAssessmentService selfAssessments;
    @Autowired
    se.kompetensresan.survey.QuestionnaireService questionnaires;
    @Autowired
    JourneyService journeys;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    se.kompetensresan.participant.ParticipantService participants;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    Clock clock;

    /** The foreign company (delprojekt B1) and the ids its pages are reached by. */
    record Foreign(CompanyInfo company, long responseId, long plannedActivityId, long trainingActivityId,
                   String contactTaskId, String analysisTaskId, long participantId) {
    }

    /** Built once: the context and database are shared by the test classes. */
    static World world;

    record World(String companyUserA, String coachA, String managerA, String admin, CompanyInfo neighbourA,
                 long neighbourResponseId, Foreign foreign, long neighbourParticipantId) {
    }

    final ListAppender<ILoggingEvent> tenancyLog = new ListAppender<>();

    @BeforeEach
    void setUp() {
        if (world == null) {
            world = buildWorld();
        }
        tenancyLog.start();
        ((Logger) LoggerFactory.getLogger(TenancyMatrixTest.TENANCY_LOGGER)).addAppender(tenancyLog);
    }

    @AfterEach
    void detachLog() {
        ((Logger) LoggerFactory.getLogger(TenancyMatrixTest.TENANCY_LOGGER)).detachAppender(tenancyLog);
    }

    private World buildWorld() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        long a1 = fx.subproject();
        long b1 = fx.subproject();
        CompanyInfo ownA = fx.company(a1, 20);
        CompanyInfo neighbourA = fx.company(a1, 20);
        CompanyInfo b = fx.company(b1, 20);
        String companyUserA = fx.user(Role.COMPANY, ownA.id(), Set.of());
        String companyUserB = fx.user(Role.COMPANY, b.id(), Set.of());
        String coachA = fx.user(Role.COACH, null, Set.of(a1));
        String managerA = fx.user(Role.MANAGER, null, Set.of(a1));
        String admin = fx.user(Role.ADMIN, null, Set.of());
        String setupCoach = fx.user(Role.COACH, null, Set.of(a1, b1));

        String neighbourPi = walk().start(neighbourA.id());
        String pi = walk().start(b.id());
        management.executeJob(management.createJobQuery().processInstanceId(pi)
                .activityId(JourneyProcess.BOUNDARY_SURVEY_ESCALATION).singleResult().getId());
        long responseId = fx.asAdmin(() -> surveys.responseIdFor(b.id(), SurveyRound.FIRST).orElseThrow());
        long neighbourResponseId = fx.asAdmin(() -> surveys.responseIdFor(neighbourA.id(), SurveyRound.FIRST).orElseThrow());
        // the foreign company submits its kartläggning: the coach's Task_AnalyseSurvey waits
        JourneyFixtures.signIn(companyUserB, Role.COMPANY);
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 1, 4, 3);
        }
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        surveys.submit(responseId);
        walk().runJobs(pi);
        String contactTask = walk().taskId(pi, JourneyProcess.TASK_CONTACT_COMPANY);
        String analysisTask = walk().taskId(pi, JourneyProcess.TASK_ANALYSE_SURVEY);
        // an approved plan with a booked training
        long planId = coaching.preparePlan(b.id(), "Bred", CompetenceAreas.ALL.subList(0, 2));
        List<Long> planned = coaching.plannedActivityIds(planId);
        JourneyFixtures.signIn(setupCoach, Role.COACH);
        coaching.logSession(b.id(), new CoachingSessionForm(LocalDate.now(clock).minusDays(1), 60, "VD", "Möte", null));
        coaching.submitPlan(b.id());
        JourneyFixtures.signIn(companyUserB, Role.COMPANY);
        coaching.approvePlan(b.id());
        JourneyFixtures.signIn(setupCoach, Role.COACH);
        LocalDate start = LocalDate.now(clock).plusDays(30);
        long activity = training.bookActivity(planned.get(0),
                new TrainingActivityForm("Svetskurs", "Lernia", "Karlskoga", start, start.plusDays(1), 8)).id();
        // participants of the foreign company and of the neighbour
        JourneyFixtures.signIn(companyUserB, Role.COMPANY);
        long participant = participants.add(b.id(), new ParticipantForm("Främling Utanför",
                se.kompetensresan.coaching.CoachingTestData.personnummer("19850315", 112), false, null,
                "framling@example.se", LocalDate.now(clock), "sv")).id();
        String neighbourUser = fx.user(Role.COMPANY, neighbourA.id(), Set.of());
        JourneyFixtures.signIn(neighbourUser, Role.COMPANY);
        long neighbourParticipant = participants.add(neighbourA.id(), new ParticipantForm("Granne Bredvid",
                se.kompetensresan.coaching.CoachingTestData.personnummer("19850315", 122), false, null,
                "granne@example.se", LocalDate.now(clock), "sv")).id();
        SecurityContextHolder.clearContext();
        assertThat(neighbourPi).isNotNull();
        return new World(companyUserA, coachA, managerA, admin, neighbourA, neighbourResponseId,
                new Foreign(b, responseId, planned.get(1), activity, contactTask, analysisTask, participant),
                neighbourParticipant);
    }

    /** Every view with an id in its route, with the foreign company's id for it. */
    private static Map<String, String> foreignAddresses(Foreign f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("companies/", String.valueOf(f.company().id()));
        m.put("survey/", String.valueOf(f.responseId()));
        m.put("survey/result/", String.valueOf(f.company().id()));
        m.put("coaching/", String.valueOf(f.company().id()));
        m.put("plan/", String.valueOf(f.company().id()));
        m.put("journeys/", String.valueOf(f.company().id()));
        m.put("journey/task/", f.contactTaskId());
        m.put("journey/analysis/", f.analysisTaskId());
        m.put("journey/close/", f.contactTaskId());
        m.put("training/book/", String.valueOf(f.plannedActivityId()));
        m.put("training/attendance/", String.valueOf(f.trainingActivityId()));
        m.put("training/approve/", String.valueOf(f.trainingActivityId()));
        m.put("participant/", String.valueOf(f.participantId()));
        return m;
    }

    /** The roles each view admits (its @RolesAllowed / @PermitAll). */
    private static final Map<String, Set<Role>> ADMITTED = Map.ofEntries(
            Map.entry("companies/", Set.of(Role.values())),
            Map.entry("survey/", Set.of(Role.COMPANY, Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("survey/result/", Set.of(Role.COMPANY, Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("coaching/", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("plan/", Set.of(Role.values())),
            Map.entry("journeys/", Set.of(Role.values())),
            Map.entry("journey/task/", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("journey/analysis/", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("journey/close/", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("training/book/", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("training/attendance/", Set.of(Role.values())),
            Map.entry("training/approve/", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("participant/", Set.of(Role.values())),
            Map.entry("dashboard", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("dashboard/participants", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("dashboard/companies", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("dashboard/effect", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("dashboard/demand", Set.of(Role.COACH, Role.MANAGER, Role.ADMIN)),
            Map.entry("reports", Set.of(Role.MANAGER, Role.ADMIN)));

    /** What was tried, for the report. */
    static final List<String> CASES = new ArrayList<>();

    @Test
    void theEmployeeLinkReachesOnlyItsOwnCompanysFormAndAnUnknownOneTheNotFoundPage() {
        SurveyTestData.World w = SurveyTestData.create(userService, projects, companies);
        se.kompetensresan.survey.SelfAssessmentTestData.offer(w, userService, projects, questionnaires, surveys);
        SurveyTestData.runAs(userService, w.companyUserA());
        String tokenA = se.kompetensresan.survey.SelfAssessmentTestData.token(selfAssessments.renewLink(w.companyA()));
        SurveyTestData.runAs(userService, w.companyUserB());
        String tokenB = se.kompetensresan.survey.SelfAssessmentTestData.token(selfAssessments.renewLink(w.companyB()));
        SecurityContextHolder.clearContext();
        String nameA = companies.lookup(w.companyA()).orElseThrow().name();
        String nameB = companies.lookup(w.companyB()).orElseThrow().name();

        UI.getCurrent().navigate("self-assessment/" + tokenA);
        String pageA = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(pageA).contains(nameA).doesNotContain(nameB);
        UI.getCurrent().navigate("self-assessment/" + tokenB);
        assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).contains(nameB).doesNotContain(nameA);
        // a guessed token, or one company's token with a letter changed: the not-found page, nothing of a company
        String altered = (tokenA.charAt(0) == 'A' ? "B" : "A") + tokenA.substring(1);
        for (String guess : List.of(altered, "1", tokenA + "x")) {
            Throwable t = catchThrowable(() -> UI.getCurrent().navigate("self-assessment/" + guess));
            String shown = t != null ? String.valueOf(t) : String.valueOf(catchThrowable(() -> _find(Component.class)));
            assertThat(shown).as(guess).contains("NotFoundException");
            assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(nameA).doesNotContain(nameB);
            CASES.add("anonymous self-assessment/<guessed token>");
        }
        CASES.add("anonymous self-assessment/<token of A>, <token of B>");
    }

    /**
     * Vaadin keeps a view's instance when the user goes from it to the same route again (another task of the same
     * kind, back and forward): every view with an id must build itself anew then, not add a second set of columns or
     * components to the first. The admin, who may open them all, opens each twice in a row.
     */
    @Test
    void everyViewWithAnIdShowsTheSameWhenOpenedAgainFromItself() {
        login(world.admin());
        int views = 0;
        List<String> changed = new java.util.ArrayList<>();
        for (var address : foreignAddresses(world.foreign()).entrySet()) {
            String location = address.getKey() + address.getValue();
            UI.getCurrent().navigate(location);
            String first = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
            assertThat(first).as(location).doesNotContain("InternalServerError");
            if (first.contains("access-refused")) {
                continue; // the address's id is of another kind of task (journey/close/ with a contact task)
            }
            UI.getCurrent().navigate(location);
            String again = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
            if (!again.equals(first)) {
                changed.add(location + ": " + firstDifference(first, again));
            }
            views++;
        }
        assertThat(views).as("views rendered").isGreaterThanOrEqualTo(11);
        assertThat(changed).as("views that differ when opened again from themselves").isEmpty();
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "line " + (i + 1) + ": " + x[i].strip() + " / " + y[i].strip();
            }
        }
        return x.length + " lines / " + y.length + " lines";
    }

    @Test
    void foreignIdsInEveryRouteShowTheNotFoundPageAndNothingOfTheForeignCompany() {
        Foreign f = world.foreign();
        Map<String, Role> actors = Map.of(world.companyUserA(), Role.COMPANY, world.coachA(), Role.COACH,
                world.managerA(), Role.MANAGER);
        int cases = 0;
        for (var actor : actors.entrySet()) {
            for (var address : foreignAddresses(f).entrySet()) {
                refused(actor.getKey(), actor.getValue(), address.getKey(), address.getValue(), f.company());
                cases++;
            }
        }
        System.out.println("TenancyByUrlTest: foreign ids, " + cases + " cases");
        assertThat(cases).isEqualTo(3 * 13);
    }

    @Test
    void aCompanyUserCannotOpenItsNeighboursPagesInTheSameDelprojekt() {
        CompanyInfo n = world.neighbourA();
        String id = String.valueOf(n.id());
        Map<String, String> addresses = Map.of("companies/", id, "survey/", String.valueOf(world.neighbourResponseId()),
                "survey/result/", id, "plan/", id, "journeys/", id,
                "participant/", String.valueOf(world.neighbourParticipantId()));
        addresses.forEach((route, param) -> refused(world.companyUserA(), Role.COMPANY, route, param, n));
        System.out.println("TenancyByUrlTest: neighbour company, " + addresses.size() + " cases");
    }

    @Test
    void aColleagueInvitedForOneSectionCannotOpenAnotherCompanysSurveyByAddress() {
        long ownA = userService.findAccount(world.companyUserA()).orElseThrow().companyId();
        long responseA = surveys.open(ownA, se.kompetensresan.survey.SurveyRound.FIRST);
        JourneyFixtures.signIn(world.companyUserA(), Role.COMPANY); // the contact gives one section to a new colleague
        String email = JourneyFixtures.unique("section-owner").toLowerCase(java.util.Locale.ROOT) + "@example.se";
        surveys.inviteSectionOwner(responseA, "strategy", "Kollega Strategi", email);
        org.springframework.security.core.context.SecurityContextHolder.clearContext();

        Foreign f = world.foreign();
        refused(email, Role.COMPANY, "survey/", String.valueOf(f.responseId()), f.company());
        refused(email, Role.COMPANY, "survey/result/", String.valueOf(f.company().id()), f.company());
        refused(email, Role.COMPANY, "survey/", String.valueOf(world.neighbourResponseId()), world.neighbourA());
    }

    @Test
    void guessedIdsThatDoNotExistBehaveTheSameForEveryRoleIncludingTheAdmin() {
        Foreign f = world.foreign();
        Map<String, Role> actors = Map.of(world.companyUserA(), Role.COMPANY, world.coachA(), Role.COACH,
                world.managerA(), Role.MANAGER, world.admin(), Role.ADMIN);
        int cases = 0;
        for (var actor : actors.entrySet()) {
            for (String route : foreignAddresses(f).keySet()) {
                refused(actor.getKey(), actor.getValue(), route, UNKNOWN, f.company());
                cases++;
            }
        }
        System.out.println("TenancyByUrlTest: unknown ids, " + cases + " cases");
        assertThat(cases).isEqualTo(4 * 13);
    }

    @Test
    void idsThatAreNotNumbersShowTheSameNotFoundPage() {
        Foreign f = world.foreign();
        int cases = 0;
        for (String route : foreignAddresses(f).keySet()) {
            if (route.startsWith("journey/")) {
                continue; // task ids are strings: "abc" is simply an unknown task, covered above
            }
            for (Role role : ADMITTED.get(route)) {
                String user = switch (role) {
                    case COMPANY -> world.companyUserA();
                    case COACH -> world.coachA();
                    case MANAGER -> world.managerA();
                    case ADMIN -> world.admin();
                };
                login(user);
                tenancyLog.list.clear();
                Throwable t = catchThrowable(() -> UI.getCurrent().navigate(route + "abc"));
                assertThat(t).as("%s as %s", route + "abc", role).isNull();
                assertThat(_find(Component.class, s -> s.withId("access-refused"))).as(route + "abc").hasSize(1);
                assertThat(tenancyLog.list).as("logged: %s as %s", route + "abc", role)
                        .anyMatch(e -> e.getLevel() == Level.WARN && e.getFormattedMessage().contains(route + "abc"));
                cases++;
            }
        }
        System.out.println("TenancyByUrlTest: ids that are not numbers, " + cases + " cases");
    }

    @Test
    void aManagerOfAnotherProjectGetsNothingOfItsDashboardListsOrExportsByAddress() {
        Foreign f = world.foreign();
        long foreignSubproject = f.company().subprojectId();
        long foreignProject = projects.subproject(foreignSubproject).orElseThrow().projectId();
        long ownProject = projects.subproject(world.neighbourA().subprojectId()).orElseThrow().projectId();
        String period = "&from=" + LocalDate.now(clock).minusYears(1) + "&to=" + LocalDate.now(clock).plusYears(1);
        List<String> filters = List.of("?project=" + foreignProject + period,
                "?project=" + foreignProject + "&subproject=" + foreignSubproject + period,
                // their own project with the foreign delprojekt as the filter
                "?project=" + ownProject + "&subproject=" + foreignSubproject + period,
                "?project=" + UNKNOWN + period,
                "?project=abc" + period);
        Map<String, String> more = Map.of("dashboard", "", "dashboard/participants", "&state=TOTAL&gender=WOMAN",
                "dashboard/companies", "&phase=SURVEY", "dashboard/effect", "", "dashboard/demand", "", "reports", "");
        int cases = 0;
        for (var actor : Map.of(world.managerA(), Role.MANAGER, world.coachA(), Role.COACH).entrySet()) {
            for (String filter : filters) {
                for (var route : more.entrySet()) {
                    refused(actor.getKey(), actor.getValue(), route.getKey(), filter + route.getValue(), f.company());
                    cases++;
                }
            }
        }
        System.out.println("TenancyByUrlTest: dashboard, lists and exports of another project, " + cases + " cases");
        assertThat(cases).isEqualTo(2 * 5 * 6);
    }

    @Autowired
    se.kompetensresan.catalogue.CatalogueService catalogue;
    @Autowired
    se.kompetensresan.catalogue.CourseDateService courseDates;

    @Test
    void theCourseDatesOverviewShowsNoCourseOfAnotherProjectAndIsClosedToCoachesAndCompanies() {
        Foreign f = world.foreign();
        long foreignProject = projects.subproject(f.company().subprojectId()).orElseThrow().projectId();
        String name = "Kurs i annat projekt " + System.nanoTime();
        JourneyFixtures.signIn(world.admin(), Role.ADMIN);
        long courseId = catalogue.save(new se.kompetensresan.catalogue.CourseForm(null, name, "Anordnare",
                CompetenceAreas.LEAN, null, 8, java.math.BigDecimal.TEN, se.kompetensresan.catalogue.CourseDelivery.CLASSROOM,
                se.kompetensresan.catalogue.CourseKind.OPEN_COURSE, se.kompetensresan.catalogue.ProcurementStatus.TO_BE_PROCURED,
                null, Set.of(foreignProject))).id();
        long dateId = courseDates.save(new se.kompetensresan.catalogue.CourseDateForm(null, courseId,
                LocalDate.now(clock).plusWeeks(2), LocalDate.now(clock).plusWeeks(2), "Hemlig ort " + name, 4, 8)).id();
        try {
            login(world.managerA());
            UI.getCurrent().navigate("catalogue/dates");
            String page = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
            assertThat(page).contains("course-dates-view").doesNotContain(name).doesNotContain("course-date-edit-" + dateId);
            for (var actor : Map.of(world.companyUserA(), Role.COMPANY, world.coachA(), Role.COACH).entrySet()) {
                login(actor.getKey());
                Throwable t = catchThrowable(() -> {
                    UI.getCurrent().navigate("catalogue/dates");
                    _find(Component.class);
                });
                String denial = String.valueOf(t == null ? null : t.getMessage());
                assertThat(denial).as("catalogue/dates as %s", actor.getValue()).contains("AccessDenied");
                assertThat(PrettyPrintTreeKt.toPrettyTree(UI.getCurrent())).doesNotContain(name);
            }
        } finally {
            JourneyFixtures.signIn(world.admin(), Role.ADMIN);
            catalogue.setActive(courseId, false);
        }
        CASES.add("catalogue/dates");
    }

    /**
     * Navigates as the user and expects the neutral page (or, for a role the view does not admit, Karibu's
     * access-denied stand-in), a WARN line when the view was entered, and none of the company's data on the page.
     */
    private void refused(String username, Role role, String route, String param, CompanyInfo foreign) {
        String location = route + param;
        login(username);
        tenancyLog.list.clear();
        // UI.navigate(String) takes a path only: a query goes as QueryParameters (the dashboard's filter)
        int q = location.indexOf('?');
        Throwable t = catchThrowable(() -> {
            if (q < 0) {
                UI.getCurrent().navigate(location);
            } else {
                UI.getCurrent().navigate(location.substring(0, q),
                        com.vaadin.flow.router.QueryParameters.fromString(location.substring(q + 1)));
            }
        });
        boolean admitted = ADMITTED.get(route).contains(role);
        if (admitted) {
            assertThat(t).as("%s as %s", location, role).isNull();
            assertThat(_find(Component.class, s -> s.withId("access-refused"))).as("%s as %s", location, role).hasSize(1);
            assertThat(tenancyLog.list).as("WARN for %s as %s", location, role).anyMatch(e -> e.getLevel() == Level.WARN);
        } else {
            // Karibu's access-denied stand-in throws; Vaadin then either passes the exception on or renders its
            // InternalServerError with the exception's text (where the application shows RouteAccessDeniedView)
            String denial = t != null ? String.valueOf(t.getMessage())
                    : String.valueOf(catchThrowable(() -> _find(Component.class)));
            assertThat(denial).as("%s as %s: %s", location, role, PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                    .contains("AccessDenied");
        }
        String page = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
        assertThat(page).as("page of %s as %s", location, role)
                .doesNotContain(foreign.name())
                .doesNotContain(foreign.organisationNumber().digits())
                .doesNotContain(foreign.organisationNumber().formatted());
        if (foreign.contactName() != null) {
            assertThat(page).doesNotContain(foreign.contactName());
        }
        CASES.add(role + " " + location);
    }
    private JourneyWalker walker;

    private JourneyWalker walk() {
        if (walker == null) {
            walker = new JourneyWalker(ctx);
        }
        return walker;
    }
}
