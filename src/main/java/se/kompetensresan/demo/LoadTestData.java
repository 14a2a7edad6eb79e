package se.kompetensresan.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.UserService;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import org.springframework.dao.DataIntegrityViolationException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users of the load test (profile {@code loadtest}, on top of the demo profile; see bench/README.md): a project
 * "Lasttest" with two delprojekt, {@value #COMPANIES} company users {@code load.company.N} whose kartläggning is open,
 * {@value #CASES} companies whose survey is submitted so that the analysis waits in the coaches' inbox,
 * {@value #COACHES} coaches {@code load.coach.N} and {@value #MANAGERS} managers {@code load.manager.N} of both
 * delprojekt; password as the demo users'. Loaded once into the database, in the background; the log says
 * "Load-test data ready".
 */
@Component
@Profile("loadtest")
class LoadTestData implements ApplicationRunner {

    static final int COMPANIES = 150;
    static final int CASES = 100;
    static final int COACHES = 40;
    static final int MANAGERS = 10;
    private static final String ADMIN = "load.admin";
    private static final Logger LOG = LoggerFactory.getLogger(LoadTestData.class);

    private final DemoSettings settings;
    private final UserService users;
    private final ProjectService projects;
    private final CompanyService companies;
    private final JourneyService journeys;
    private final DemoJourneys walks;
    private final RunAs runAs;
    private final SurveyService surveys;

    LoadTestData(DemoSettings settings, UserService users, ProjectService projects, CompanyService companies,
                 JourneyService journeys, DemoJourneys walks, RunAs runAs, SurveyService surveys) {
        this.surveys = surveys;
        this.settings = settings;
        this.users = users;
        this.projects = projects;
        this.companies = companies;
        this.journeys = journeys;
        this.walks = walks;
        this.runAs = runAs;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            throw new IllegalStateException("the loadtest profile needs the demo profile (demo password, demo data)");
        }
        if (users.exists("load.manager." + MANAGERS)) {
            logCases();
            logSurveys();
            LOG.info("Load-test data ready (already in the database)");
            return;
        }
        Thread t = new Thread(this::load, "load-test-data");
        t.setDaemon(true);
        t.start();
    }

    private void load() {
        String pw = settings.password();
        if (!users.exists(ADMIN)) {
            users.create(new UserForm(ADMIN, pw, "Lasttest Admin", null, Role.ADMIN, null, Set.of()));
        }
        long[] subprojects = runAs.as(ADMIN, () -> {
            ProjectInfo p = projects.createProject(new ProjectInfo(0, "Lasttest", "LOAD/0001", "Region Örebro län",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), new BigDecimal("10000000"),
                    new BigDecimal("5000000"), 1000, 30, new BigDecimal("320"), 3));
            return new long[]{projects.createSubproject(p.id(), "Lasttest Karlskoga", "Karlskoga kommun", List.of("1883"), 300).id(),
                    projects.createSubproject(p.id(), "Lasttest Degerfors", "Degerfors kommun", List.of("1862"), 300).id()};
        });
        Set<Long> both = Set.of(subprojects[0], subprojects[1]);
        for (int i = 1; i <= COACHES; i++) {
            users.create(new UserForm("load.coach." + i, pw, "Lastcoach " + i, null, Role.COACH, null, both));
        }
        for (int i = 1; i <= COMPANIES + CASES; i++) {
            int n = i;
            long sp = subprojects[i % 2];
            CompanyInfo c = runAs.as(ADMIN, () -> companies.register(new CompanyForm(DemoCompanies.organisationNumber(1000 + n),
                    "Lastföretag " + n + " AB", sp, n % 2 == 0 ? "1883" : "1862", null, "25", 10, 15, null, null, null)));
            String username = "load.company." + i;
            users.create(new UserForm(username, pw, "HR Lastföretag " + i, null, Role.COMPANY, c.id(), Set.of()));
            // the demo journeys start at the same time: a case number taken twice (max + 1) is refused, try again
            retry(() -> {
                if (n <= COMPANIES) {
                    journeys.startAsSystem(c.id());
                } else {
                    walks.walkToAnalysis(c, username, n);
                }
            });
        }
        for (int i = 1; i <= MANAGERS; i++) {
            users.create(new UserForm("load.manager." + i, pw, "Lastledare " + i, null, Role.MANAGER, null, both));
        }
        logCases();
        logSurveys();
        LOG.info("Load-test data ready");
    }

    private static void retry(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (DataIntegrityViolationException e) {
                if (attempt == 5) {
                    throw e;
                }
                LOG.info("journey start collided ({}), again", e.getMostSpecificCause().getMessage());
            }
        }
    }

    /** The surveys of the company users (the load test opens them as from the e-mail link). */
    private void logSurveys() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= COMPANIES; i++) {
            String username = "load.company." + i;
            long companyId = users.findAccount(username).orElseThrow().companyId();
            Long id = null;
            for (int wait = 0; wait < 600 && id == null; wait++) {
                id = runAs.as(username, () -> surveys.responseIdFor(companyId, SurveyRound.FIRST)).orElse(null);
                if (id == null) {
                    sleep();
                }
            }
            out.append(i == 1 ? "" : ",").append(username).append('=').append(id);
        }
        LOG.info("Load-test surveys: {}", out);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The companies whose analysis waits for the coaches (the load test opens their case view). */
    private void logCases() {
        String ids = runAs.as(ADMIN, () -> companies.visible().stream()
                .filter(c -> c.name().startsWith("Lastföretag ") && Integer.parseInt(c.name().split(" ")[1]) > COMPANIES)
                .map(c -> String.valueOf(c.id())).collect(Collectors.joining(",")));
        LOG.info("Load-test cases: {}", ids);
    }
}
