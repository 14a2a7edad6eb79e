package se.kompetensresan.participant;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hours ledger end to end in Chromium: the company registers two participants, reports a week of attendance and
 * sends the month; one participant signs through the link from the outbox, the other disputes; the company corrects
 * the month from the task in its inbox and sends it again; the second participant signs; the manager sees the
 * co-financing change.
 */
class ParticipantLedgerBrowserTest extends BrowserTest {

    private static final String PW = "ledger-pw";
    private static final Pattern LINK = Pattern.compile("(/sign/[A-Za-z0-9_-]{43})");

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    MailService mail;

    private CompanyInfo company;
    private long activityId;
    /** The last seven days of last month. */
    private final YearMonth month = YearMonth.now().minusMonths(1);
    private final LocalDate start = month.atEndOfMonth().minusDays(6);

    private void as(String username, String role, Runnable r) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            r.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A company with an approved plan and a training booked over the last week of last month (set up by services). */
    private void createWorld() {
        users.create(new UserForm("ledger-admin", PW, "Admin", null, Role.ADMIN, null, Set.of()));
        long[] sp = new long[1];
        as("ledger-admin", "ADMIN", () -> {
            ProjectInfo p = projects.createProject(new ProjectInfo(0, "Ledger-projekt", "2026/9", "Region Test",
                    LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), new BigDecimal("1000000"),
                    new BigDecimal("750000"), 100, 30, new BigDecimal("300"), 3));
            SubprojectInfo s = projects.createSubproject(p.id(), "Ledger-delprojekt", "Testkommun", List.of("1883"), 50);
            sp[0] = s.id();
            company = companies.register(new CompanyForm(CoachingTestData.organisationNumber(), "Timverkstaden AB", s.id(),
                    "1883", "Verkstadsgatan 2", "25.620", 5, 20, "Kim Kontakt", "kim@tim.example", "0586-1000"));
        });
        users.create(new UserForm("ledger-company", PW, "Kim Kontakt", "kim@tim.example", Role.COMPANY, company.id(), Set.of()));
        users.create(new UserForm("ledger-coach", PW, "Cia Coach", "cia@tim.example", Role.COACH, null, Set.of(sp[0])));
        users.create(new UserForm("ledger-manager", PW, "Mia Manager", "mia@tim.example", Role.MANAGER, null, Set.of(sp[0])));
        long[] planned = new long[1];
        as("ledger-admin", "ADMIN", () -> planned[0] = coaching.plannedActivityIds(
                coaching.preparePlan(company.id(), "Bred", List.of(CompetenceAreas.WELDING))).get(0));
        as("ledger-coach", "COACH", () -> {
            coaching.logSession(company.id(), new CoachingSessionForm(LocalDate.now().minusDays(40), 60, "VD", "Planering", null));
            coaching.submitPlan(company.id());
        });
        as("ledger-company", "COMPANY", () -> coaching.approvePlan(company.id()));
        as("ledger-coach", "COACH", () -> activityId = training.bookActivity(planned[0], new TrainingActivityForm(
                "Svetsning MIG/MAG", "Svetsskolan", "Karlskoga", start, month.atEndOfMonth(), 40)).id());
    }

    @Test
    void aMonthIsReportedSignedDisputedCorrectedAndCountsAsCoFinancing() {
        // each cell is a round trip to the server: on a busy machine more than the default five seconds
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        createWorld();

        // the manager's co-financing before: nothing signed
        login("ledger-manager", PW);
        page.navigate(url("co-financing"));
        page.locator("#cofinancing-view").waitFor();
        assertThat(page.locator("#cofinancing-total")).containsText("Totalt 0 intygade timmar");
        logout();

        // the company registers two participants
        login("ledger-company", PW);
        page.navigate(url("my-company/participants"));
        addParticipant("Anna Svetsare", CoachingTestData.personnummer("19850315", 22), "anna@tim.example");
        addParticipant("Bo Berg", CoachingTestData.personnummer("19700101", 31), "bo@tim.example");
        assertThat(page.locator("#my-participants-count")).hasText("2 deltagare (1 kvinnor, 1 män)");
        screenshot("ledger-01-participants");

        // a week of attendance in the grid, saved cell by cell
        page.locator("#activity-attendance-" + activityId).click();
        page.locator("#attendance-view").waitFor();
        String[] names = {"Anna", "Bo"};
        for (int i = 0; i < names.length; i++) {
            page.locator("#attendance-participants input").fill(names[i]);
            page.locator("vaadin-multi-select-combo-box-item", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(names[i])).first().click();
            assertThat(page.locator("#attendance-table vaadin-text-field[data-r='" + i + "']")).hasCount(7);
        }
        page.locator("#attendance-participants input").press("Escape");
        // a training of a week is shown a month at a time
        Locator annaCells = page.locator("#attendance-table vaadin-text-field[data-r='0'] input");
        Locator boCells = page.locator("#attendance-table vaadin-text-field[data-r='1'] input");
        assertThat(annaCells).hasCount(7);
        for (int d = 0; d < 5; d++) {
            annaCells.nth(d).fill("4");
            annaCells.nth(d).press("Tab");
            boCells.nth(d).fill("6");
            boCells.nth(d).press("Tab");
        }
        boCells.nth(5).fill("1,5");
        boCells.nth(5).press("Tab");
        assertThat(page.locator("#attendance-table vaadin-text-field[invalid]")).hasCount(1);
        boCells.nth(5).fill("");
        boCells.nth(5).press("Tab");
        assertThat(page.locator("#attendance-table [id^='total-']").first()).hasText("20");
        assertThat(page.locator("#attendance-table [id^='total-']").nth(1)).hasText("30");
        screenshot("ledger-02-attendance");

        // the month is sent
        page.navigate(url("signing"));
        page.locator("#signing-send").click();
        assertThat(page.locator("#signing-summary")).containsText("2 förfrågningar");
        logout();

        // Anna signs through the link in her e-mail, without an account
        newSession();
        page.navigate(url(latestLink("anna@tim.example")));
        page.locator("#sign-email input").fill("anna@tim.example");
        page.locator("#sign-open").click();
        assertThat(page.locator("#sign-total")).hasText("Totalt 20 timmar");
        screenshot("ledger-03-signing");
        page.locator("#sign-confirm").click();
        assertThat(page.locator("#sign-done")).isVisible();

        // Bo disputes
        newSession();
        page.navigate(url(latestLink("bo@tim.example")));
        page.locator("#sign-email input").fill("bo@tim.example");
        page.locator("#sign-open").click();
        assertThat(page.locator("#sign-total")).hasText("Totalt 30 timmar");
        page.locator("#sign-dispute").click();
        page.locator("#sign-comment textarea").fill("Jag var sjuk den sista dagen.");
        page.locator("#sign-dispute-send").click();
        assertThat(page.locator("#sign-done")).isVisible();

        // the company finds the task in its inbox, corrects Bo's hours and sends the month again
        newSession();
        login("ledger-company", PW);
        page.navigate(url("inbox"));
        page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Rätta deltagarens månad")).first().waitFor();
        page.locator("vaadin-button[id^='task-open-']").first().click();
        page.locator("#participant-view").waitFor();
        assertThat(page.locator("#participant-months")).containsText("Jag var sjuk den sista dagen.");
        page.locator("#participant-activity-" + activityId).click();
        page.locator("#attendance-table").waitFor();
        Locator bo = page.locator("#attendance-table vaadin-text-field[data-r='1'] input");
        bo.nth(4).fill("");
        bo.nth(4).press("Tab");
        assertThat(page.locator("#attendance-table [id^='total-']").nth(1)).hasText("24");
        page.goBack();
        page.locator("#participant-view").waitFor();
        page.locator("[id^='month-resend-']").click();
        page.locator("#month-reason textarea").fill("Tog bort den sista dagen");
        page.locator("#month-reason-submit").click();
        assertThat(page.locator("#participant-months")).containsText("Skickad");
        page.navigate(url("inbox"));
        page.locator("#inbox").waitFor();
        assertThat(page.locator("vaadin-grid-cell-content", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Rätta deltagarens månad"))).hasCount(0);
        logout();

        // Bo signs the corrected month
        newSession();
        page.navigate(url(latestLink("bo@tim.example")));
        page.locator("#sign-email input").fill("bo@tim.example");
        page.locator("#sign-open").click();
        assertThat(page.locator("#sign-total")).hasText("Totalt 24 timmar");
        page.locator("#sign-confirm").click();
        assertThat(page.locator("#sign-done")).isVisible();

        // the manager's co-financing after: 44 signed hours × 300 kr
        newSession();
        login("ledger-manager", PW);
        page.navigate(url("co-financing"));
        if (month.getYear() != LocalDate.now().getYear()) { // in January last month is last year
            page.locator("#cofinancing-year").click();
            page.locator("vaadin-select-list-box vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions()
                    .setHasText(String.valueOf(month.getYear()))).first().click();
        }
        assertThat(page.locator("#cofinancing-total")).containsText("Totalt 44 intygade timmar");
        assertThat(page.locator("#cofinancing-total")).containsText("20 timmar kvinnor, 24 timmar män");
        assertThat(page.locator("#cofinancing-grid")).containsText("13");
        screenshot("ledger-04-cofinancing");
    }

    private void addParticipant(String name, String pnr, String email) {
        page.locator("#participant-add").click();
        page.locator("#participant-name input").fill(name);
        page.locator("#participant-pnr input").fill(pnr);
        page.locator("#participant-email input").fill(email);
        page.locator("#participant-start input").fill(start.minusMonths(1).toString());
        page.locator("#participant-start input").press("Enter");
        page.locator("#participant-save").click();
        assertThat(page.locator("#my-participants-grid")).containsText(name);
    }

    private String latestLink(String email) {
        for (String text : se.kompetensresan.mail.TestMailbox.deliver(applicationContext, email)) {
            Matcher x = LINK.matcher(text);
            if (x.find()) {
                return x.group(1).substring(1);
            }
        }
        throw new AssertionError("no link sent to " + email);
    }
}
