package se.kompetensresan.journey.ui;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.camunda.bpm.engine.TaskService;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.UserService;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox in real Chromium: a keyboard user opens a task with Enter on its row, and the grid fits the window
 * at 1280 and at 375 px with long real company and coach names (nothing scrolls sideways, the last column is
 * inside the grid).
 */
class InboxBrowserTest extends BrowserTest {

    private static final String PW = "inbox-browser-pw";

    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    TaskService tasks;
    @Autowired
    ApplicationContext ctx;

    private String coach;
    private String admin;
    @Autowired
    se.kompetensresan.company.OnboardingService onboarding;

    @BeforeAll
    void world() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long sp = fx.subproject();
        coach = JourneyFixtures.unique("coach");
        users.create(new UserForm(coach, PW, "Cecilia Coachsson Långström-Wahlberg", null, Role.COACH, null, Set.of(sp)));
        JourneyWalker walk = new JourneyWalker(ctx);
        for (String name : new String[]{"Bröderna Axelssons Plåtslageri och Mekaniska Verkstad i Karlskoga Aktiebolag",
                "Karlskoga Automatsvarvning Aktiebolag", "ESAB AB Welding Equipment, Laxå"}) {
            CompanyInfo c = fx.asAdmin(() -> companies.register(new CompanyForm(JourneyFixtures.organisationNumber(),
                    name, sp, "1883", null, "25", 10, 10, null, null, null)));
            JourneyInfo j = walk.startAt(fx, c, Map.of(), JourneyProcess.TASK_ANALYSE_SURVEY);
            var t = tasks.createTaskQuery().processInstanceBusinessKey(j.caseNumber()).singleResult();
            tasks.setAssignee(t.getId(), coach);
            // an invitation mail whose subject carries the long name
            fx.asAdmin(() -> companies.inviteColleague(c.id(), "Anna-Karin Andersson Lindqvist",
                    JourneyFixtures.unique("anna") + "@plat.example"));
        }
        admin = JourneyFixtures.unique("admin");
        users.create(new UserForm(admin, PW, "Administratören", null, Role.ADMIN, null, Set.of()));
        long project = fx.asAdmin(() -> projects.visibleSubprojects().stream().filter(x -> x.id() == sp).findFirst()
                .orElseThrow().projectId());
        onboarding.apply(new se.kompetensresan.company.ApplicationForm(project, JourneyFixtures.organisationNumber(),
                "Mekaniska Verkstaden i Östra Karlskoga och Degerfors med omnejd Handelsbolag", "Bruksgatan 1", "69141",
                "Karlskoga", "1883", "25.620", 4, 21, se.kompetensresan.company.TurnoverClass.FROM_10_TO_50_MSEK,
                "Anna Andersson", JourneyFixtures.unique("anna") + "@verkstad.example", "0586-123 45", true,
                java.math.BigDecimal.ZERO, "sv"));
    }

    @Test
    void theRegistersFitAt1280Pixels() {
        login(admin, PW);
        Map<String, String> grids = Map.of("companies", "#companies-grid", "applications", "#applications-grid",
                "admin/mail", "#outbox-grid");
        for (var g : grids.entrySet()) {
            page.setViewportSize(1280, 900);
            page.navigate(url(g.getKey()));
            page.locator(g.getValue() + " vaadin-grid-cell-content").first().waitFor();
            page.waitForTimeout(300);
            screenshot("grid-" + g.getKey().replace('/', '-') + "-1280");
            assertFits(g.getValue(), 1280);
        }
    }

    @Test
    void enterOnAFocusedRowOpensTheTask() {
        login(coach, PW);
        page.navigate(url("inbox"));
        Locator firstCell = page.locator("#inbox-grid vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText("Bröderna Axelssons")).first();
        firstCell.waitFor();
        // focus a cell of the first row (the coach's grid selects with its checkboxes, so this opens nothing), move one
        // row down with the arrow key, and press Enter
        firstCell.click();
        assertThat(page.url()).endsWith("/inbox");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("/journey/analysis/"));
        page.locator("#analysis").waitFor();
        screenshot("inbox-enter-opened");
        assertThat(page.url()).contains("/journey/analysis/");
    }

    @Test
    void theInboxFitsAt1280And375Pixels() {
        login(coach, PW);
        for (int width : new int[]{1280, 375}) {
            page.setViewportSize(width, 900);
            page.navigate(url("inbox"));
            page.locator("#inbox-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("Bröderna Axelssons")).first().waitFor();
            page.waitForTimeout(300); // the columns settle after the window size reached the server
            screenshot("inbox-" + width);
            assertFits("#inbox-grid", width);
        }
    }

    /** Nothing scrolls sideways: neither the page nor a grid; every grid's last visible column ends inside it. */
    private void assertFits(String grid, int width) {
        assertThat(page.locator(grid).isVisible()).as("%s shown at %d px", grid, width).isTrue();
        assertThat(whatDoesNotFit()).as("at %d px", width).isEmpty();
    }
}
