package se.kompetensresan.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Luhn;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import com.microsoft.playwright.TimeoutError;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * One company's kompetensresa through all four phases, in real Chromium, from the inboxes of the company
 * user and the coach: kartläggning → analysis → coaching and plan (rejected once with a comment, then approved)
 * → training booked, attended and approved → the follow-up timer fires by itself → uppföljning → the coach
 * closes the journey.
 */
class CompanyJourneyBrowserTest extends BrowserTest {

    private static final String PW = "journey-pw";

    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;

    private CompanyInfo company;

    private void createWorld() {
        users.create(new UserForm("e2e-admin", PW, "E2E Admin", null, Role.ADMIN, null, Set.of()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "e2e-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            ProjectInfo p = projects.createProject(new ProjectInfo(0, "E2E-projekt", "2026/1", "Region Test",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), new BigDecimal("1000000"),
                    new BigDecimal("750000"), 100, 30, new BigDecimal("300"), 3));
            SubprojectInfo s = projects.createSubproject(p.id(), "E2E-delprojekt", "Testkommun", List.of("1883"), 50);
            company = companies.register(new CompanyForm(orgnr(), "Testverkstaden AB", s.id(), "1883", "Verkstadsgatan 1",
                    "25.620", 5, 20, "Kim Kontakt", "kim@test.example", "0586-1000"));
            users.create(new UserForm("e2e-company", PW, "Kim Kontakt", "kim@test.example", Role.COMPANY, company.id(), Set.of()));
            users.create(new UserForm("e2e-coach", PW, "Cia Coach", "cia@test.example", Role.COACH, null, Set.of(s.id())));
        } finally {
            SecurityContextHolder.clearContext();
        }
        journeys.startAsSystem(company.id());
    }

    private static String orgnr() {
        String nine = "556677889";
        for (int c = 0; c <= 9; c++) {
            if (Luhn.valid(nine + c)) {
                return nine.substring(0, 6) + "-" + nine.substring(6) + c;
            }
        }
        throw new IllegalStateException();
    }

    @Test
    void companyJourneyGoesThroughAllFourPhasesInTheBrowser() {
        createWorld();

        // 1. Kartläggning: the company opens the survey from its inbox, answers and submits
        login("e2e-company", PW);
        openTask("Fyll i kartläggning");
        fillInSurvey();
        screenshot("e2e-01-survey-filled");
        submitSurvey();
        logout();

        // 2. Analysis: the coach finds the analysis task, sees the proposal and confirms it
        login("e2e-coach", PW);
        openTask("Analysera kartläggning");
        assertThat(page.locator("#analysis-gaps")).isVisible();
        screenshot("e2e-02-analysis");
        page.locator("#analysis-confirm").click();
        page.locator("#inbox").waitFor();

        // 3. Coaching: a logged session, then the plan goes to the company
        openTask("Genomför coachning");
        fill("#session-date input", LocalDate.now().minusDays(1).toString());
        page.locator("#session-date input").press("Enter");
        fill("#session-duration input", "90");
        fill("#session-participants input", "VD och produktionschef");
        fill("#session-notes textarea", "Vi gick igenom kartläggningen och svetsbehovet.");
        fill("#session-next-steps textarea", "Boka svetsutbildning.");
        page.locator("#session-save").click();
        assertThat(page.locator("#session-grid")).containsText("VD och produktionschef");
        screenshot("e2e-03-coaching");
        page.locator("#plan-submit").click();
        page.locator("#inbox").waitFor();
        logout();

        // 4. The company asks for a change once; the coach sees the comment and sends the plan again; approved
        login("e2e-company", PW);
        openTask("Godkänn plan");
        screenshot("e2e-04-plan-approval");
        fill("#plan-reject-comment textarea", "Vi vill att två svetsare till går utbildningen.");
        page.locator("#plan-reject").click();
        page.locator("#inbox").waitFor();
        logout();

        login("e2e-coach", PW);
        openTask("Genomför coachning");
        assertThat(page.locator("#plan-company-comment")).containsText("två svetsare till");
        page.locator("#plan-submit").click();
        page.locator("#inbox").waitFor();
        logout();

        login("e2e-company", PW);
        openTask("Godkänn plan");
        page.locator("#plan-approve").click();
        page.locator("#inbox").waitFor();
        logout();

        // 5. Utbildning: the coach books the activity, which ended yesterday, so its timer fires at once
        login("e2e-coach", PW);
        openTask("Boka utbildning");
        LocalDate end = LocalDate.now().minusDays(2);
        fill("#training-start input", end.minusDays(1).toString());
        page.locator("#training-start input").press("Enter");
        fill("#training-end input", end.toString());
        page.locator("#training-end input").press("Enter");
        screenshot("e2e-05-booking");
        page.locator("#training-book").click();
        page.locator("#inbox").waitFor();
        logout();

        // the company registers its participant, records her hours by date and confirms the attendance is complete
        login("e2e-company", PW);
        page.navigate(url("my-company/participants"));
        page.locator("#participant-add").click();
        fill("#participant-name input", "Anna Svetsare");
        fill("#participant-pnr input", "19900101-0025");
        fill("#participant-email input", "anna@test.example");
        fill("#participant-start input", end.minusDays(30).toString());
        page.locator("#participant-start input").press("Enter");
        page.locator("#participant-save").click();
        assertThat(page.locator("#my-participants-grid")).containsText("Anna Svetsare");
        openTask("Rapportera närvaro");
        page.locator("#attendance-participants input").fill("Anna");
        // pick her from the list once it has loaded (under load the list may come after the typing)
        page.locator("vaadin-multi-select-combo-box-item").filter(new Locator.FilterOptions().setHasText("Anna Svetsare"))
                .first().click();
        page.keyboard().press("Escape");
        Locator cell = page.locator("vaadin-text-field[id$='-" + end + "'] input");
        cell.fill("8");
        cell.press("Tab");
        assertThat(page.locator("[id^='total-']")).hasText("8");
        screenshot("e2e-06-attendance");
        page.locator("#attendance-complete").click();
        assertThat(page.locator("#attendance-status")).containsText("bekräftat");
        logout();

        login("e2e-coach", PW);
        openTask("Attestera närvaro");
        assertThat(page.locator("#attendance-grid")).containsText("Anna Svetsare");
        page.locator("#attendance-approve").click();
        page.locator("#inbox").waitFor();
        logout();

        // 6. Uppföljning: the follow-up timer (seconds in this test) fires by itself
        login("e2e-company", PW);
        openTask("Fyll i uppföljning");
        fillInSurvey();
        submitSurvey();
        logout();

        login("e2e-coach", PW);
        openTask("Avsluta kompetensresa");
        assertThat(page.locator("#close-comparison")).isVisible();
        fill("#close-note textarea", "Företaget har nått sina mål för svetsning.");
        screenshot("e2e-07-close");
        page.locator("#journey-close").click();
        page.locator("#inbox").waitFor();

        page.navigate(url("journeys/" + company.id()));
        assertThat(page.locator("#journey-timeline")).isVisible();
        screenshot("e2e-08-case-closed");
        waitUntilCompleted();
    }

    /**
     * Answers the default questionnaire page by page: the company questions, the matrix with no gap (2 → 2)
     * except welding (1 → 3) so the plan gets one action, the strategy scales; then the summary page.
     */
    private void fillInSurvey() {
        page.locator("#survey-title").waitFor();
        page.locator("#survey-input-recruitmentCount input").fill("2");
        page.locator("#survey-input-recruitmentCount input").press("Tab");
        radio("#survey-input-genderGoals", 2);
        radio("#survey-input-trainingBudget", 2);
        radio("#survey-input-competencePlanning", 2);
        page.locator("#survey-next").click();
        for (String area : CompetenceAreas.ALL) {
            boolean welding = area.equals(CompetenceAreas.WELDING);
            radio("#survey-current-" + area, welding ? 1 : 2);
            radio("#survey-required-" + area, welding ? 3 : 2);
        }
        page.locator("#survey-next").click();
        for (String q : new String[]{"strategyLinked", "leadersSupport", "learningCulture"}) {
            radio("#survey-input-" + q, 3);
        }
        page.locator("#survey-next").click();
        page.locator("#survey-next").click();
        page.locator("#survey-summary").waitFor();
        assertThat(page.locator("#survey-summary-state")).containsText("Allt som krävs");
        assertThat(page.locator("#survey-saved-status")).not().isEmpty();
    }

    private void submitSurvey() {
        page.locator("#survey-submit").click();
        page.locator("#survey-confirm-submit").click();
        page.locator("#inbox").waitFor();
    }

    /** Clicks the n:th option (1-based) of a radio group and waits until the server has it. */
    private void radio(String groupSelector, int level) {
        Locator option = page.locator(groupSelector + " vaadin-radio-button").nth(level - 1);
        option.locator("label").click();
        assertThat(option).hasAttribute("checked", "");
    }

    private void fill(String selector, String value) {
        Locator l = page.locator(selector);
        l.fill(value);
        l.dispatchEvent("change");
    }

    /** Opens the task from the inbox (its open button), reloading while the job executor is still getting there. */
    private void openTask(String taskName) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            page.navigate(url("inbox"));
            page.locator("#inbox").waitFor();
            Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(taskName));
            try {
                cell.first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                // each user of this test has one open task at a time: its row's open button
                page.locator("vaadin-button[id^='task-open-']").first().click();
                page.waitForURL(u -> !u.endsWith("/inbox"), new Page.WaitForURLOptions().setTimeout(10_000));
                return;
            } catch (TimeoutError notYet) {
                if (System.currentTimeMillis() > until) {
                    screenshot("e2e-missing-task");
                    dumpEngineState();
                    throw new AssertionError("task '" + taskName + "' never appeared in the inbox", notYet);
                }
            }
        }
    }

    @Autowired
    ProcessEngine engine;

    private void dumpEngineState() {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(pi -> System.out.println(
                "E2E-STATE instance " + pi.getBusinessKey() + " active " + engine.getRuntimeService().getActiveActivityIds(pi.getId())));
        engine.getManagementService().createJobQuery().list().forEach(j -> System.out.println(
                "E2E-STATE job " + j.getId() + " due " + j.getDuedate() + " retries " + j.getRetries() + " ex " + j.getExceptionMessage()));
        engine.getRuntimeService().createIncidentQuery().list().forEach(i -> System.out.println(
                "E2E-STATE incident " + i.getActivityId() + " " + i.getIncidentMessage()));
    }

    private void waitUntilCompleted() {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "e2e-admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
            JourneyStatus status;
            try {
                status = journeys.journeyOf(company.id()).orElseThrow().status();
            } finally {
                SecurityContextHolder.clearContext();
            }
            if (status == JourneyStatus.COMPLETED) {
                return;
            }
            page.waitForTimeout(500);
        }
        throw new AssertionError("journey did not complete");
    }
}
