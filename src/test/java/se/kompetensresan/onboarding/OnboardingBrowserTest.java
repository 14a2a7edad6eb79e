package se.kompetensresan.onboarding;

import se.kompetensresan.journey.JourneyFixtures;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import com.microsoft.playwright.TimeoutError;

/**
 * Onboarding end to end in real Chromium: a visitor goes from the login page to the onboarding form, gets a
 * message next to a bad org.nr, corrects it and applies; the Eligibility decision approves the company by itself
 * (job executor on), the contact person opens the e-mailed set-password link, chooses a password, logs in and
 * finds "Fyll i kartläggning" in the inbox.
 */
class OnboardingBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("/set-password/([A-Za-z0-9_\\-]+)");
    private static final String PASSWORD = "mitt-nya-losenord";

    @Autowired
    org.springframework.context.ApplicationContext ctx;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    MailService mail;
    @Autowired
    OnboardingService onboarding;

    private String projectName;

    private void createProject() {
        String key = JourneyFixtures.unique("onb");
        users.create(new UserForm("e2e-onb-admin-" + key, "x-secret-pw", "E2E Admin", null, Role.ADMIN, null, Set.of()));
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "e2e-onb-admin-" + key, null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        try {
            projectName = "Anmälningsprojekt " + key;
            ProjectInfo p = projects.createProject(new ProjectInfo(0, projectName, "2026/" + key, "Region Örebro län",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), new BigDecimal("1000000"),
                    new BigDecimal("750000"), 100, 30, new BigDecimal("300"), 3));
            projects.createSubproject(p.id(), "Karlskoga " + key, "Karlskoga kommun", List.of("1883"), 50);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void companyAppliesIsApprovedSetsItsPasswordAndFindsTheSurveyTask() {
        createProject();
        String orgnr = JourneyFixtures.organisationNumber();
        String badOrgnr = orgnr.substring(0, 9) + ((orgnr.charAt(9) - '0' + 1) % 10); // wrong check digit
        String email = JourneyFixtures.unique("kim").toLowerCase() + "@bruket.example";

        // from the login page to the form
        page.navigate(url("login"));
        page.locator("#login-onboarding").click();
        page.locator("#onboarding-view").waitFor();

        page.locator("#onboarding-project").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(projectName)).click();
        fill("#onboarding-orgnr input", badOrgnr);
        fill("#onboarding-name input", "Bruket i Karlskoga AB");
        fill("#onboarding-address input", "Bruksgatan 1");
        fill("#onboarding-postalcode input", "691 41");
        fill("#onboarding-town input", "Karlskoga");
        Locator municipality = page.locator("#onboarding-municipality input");
        municipality.click();
        municipality.pressSequentially("Karlskoga");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Karlskoga")).first().waitFor();
        municipality.press("Enter");
        assertThat(page.locator("#onboarding-county")).not().isEmpty();
        fill("#onboarding-sni input", "25.620");
        fill("#onboarding-women input", "5");
        fill("#onboarding-men input", "20");
        page.locator("#onboarding-turnover").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("10–50 MSEK")).click();
        fill("#onboarding-contact-name input", "Kim Kontakt");
        fill("#onboarding-email input", email);
        fill("#onboarding-phone input", "0586-10000");
        page.locator("#onboarding-consent input").check();
        fill("#onboarding-deminimis input", "0");
        fill("#onboarding-deminimis-1 input", "0");
        fill("#onboarding-deminimis-2 input", "12 500");
        screenshot("onboarding-01-form");

        // a bad org.nr: the message next to the field, nothing else lost
        page.locator("#onboarding-submit").click();
        assertThat(page.locator("#onboarding-orgnr")).hasAttribute("invalid", "");
        assertThat(page.locator("#onboarding-orgnr [slot='error-message']")).containsText("Kontrollsiffran");
        assertThat(page.locator("#onboarding-name input")).hasValue("Bruket i Karlskoga AB");
        screenshot("onboarding-02-bad-orgnr");

        fill("#onboarding-orgnr input", orgnr);
        page.locator("#onboarding-submit").click();
        Locator reference = page.locator("#onboarding-reference");
        reference.waitFor();
        String ref = reference.textContent().strip();
        assertThat(ref).matches("KR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");
        screenshot("onboarding-03-reference");

        // nothing happens until the contact person opens the link in the confirmation e-mail
        assertThat(onboarding.statusOf(ref)).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(ApplicationStatus.UNCONFIRMED));
        String confirm = se.kompetensresan.mail.TestMailbox.confirmationToken(ctx, email).orElseThrow();
        page.navigate(url("onboarding/confirm/" + confirm));
        page.locator("#confirm-application-done").waitFor();
        screenshot("onboarding-03b-confirmed");

        // the decision runs in the job executor: the invitation arrives in the outbox
        String token = awaitInvitation(email);
        assertThat(onboarding.statusOf(ref)).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo(ApplicationStatus.APPROVED));

        page.navigate(url("set-password/" + token));
        fill("#set-password-password input", PASSWORD);
        fill("#set-password-repeat input", PASSWORD);
        screenshot("onboarding-04-set-password");
        page.locator("#set-password-submit").click();
        page.locator("vaadin-login-form").waitFor();
        // the confirmation does not cover the field the user types the new password into next
        var toast = page.locator("vaadin-notification-card").first();
        toast.waitFor();
        var box = toast.boundingBox();
        var field = page.locator("vaadin-login-form input[name='password']").boundingBox();
        screenshot("onboarding-04b-password-set");
        assertThat(box.y >= field.y + field.height || box.y + box.height <= field.y
                || box.x >= field.x + field.width || box.x + box.width <= field.x)
                .as("toast %s,%s %sx%s over the password field %s,%s %sx%s", box.x, box.y, box.width, box.height,
                        field.x, field.y, field.width, field.height).isTrue();

        login(email, PASSWORD);
        openTask("Fyll i kartläggning");
        assertThat(page).hasURL(Pattern.compile(".*/survey/\\d+"));
        screenshot("onboarding-05-survey");
    }

    private void fill(String selector, String value) {
        Locator l = page.locator(selector);
        l.fill(value);
        l.press("Tab");
    }

    private String awaitInvitation(String email) {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            Optional<String> token = se.kompetensresan.mail.TestMailbox.setPasswordToken(ctx, email);
            if (token.isPresent()) {
                return token.get();
            }
            page.waitForTimeout(500);
        }
        throw new AssertionError("no invitation e-mail to " + email);
    }

    /** Opens the task from the inbox, reloading while the job executor is still getting there. */
    private void openTask(String taskName) {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            page.navigate(url("inbox"));
            page.locator("#inbox").waitFor();
            Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(taskName));
            try {
                cell.first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                cell.first().click();
                page.waitForURL(u -> !u.endsWith("/inbox"), new Page.WaitForURLOptions().setTimeout(10_000));
                return;
            } catch (TimeoutError notYet) {
                if (System.currentTimeMillis() > until) {
                    screenshot("onboarding-missing-task");
                    throw new AssertionError("task '" + taskName + "' never appeared in the inbox", notYet);
                }
            }
        }
    }
}
