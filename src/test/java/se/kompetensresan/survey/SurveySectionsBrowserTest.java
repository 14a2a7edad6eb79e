package se.kompetensresan.survey;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;

import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections with owners end to end: the contact gives two sections to two colleagues on the summary, each colleague
 * signs in, lands on their own section and answers it, and the contact sees every section done and submits.
 */
class SurveySectionsBrowserTest extends SurveyBrowserSteps {

    /** Waits (up to Playwright's timeout) until the element's text contains the text: the server's update may lag. */
    private void shows(String selector, String text) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(selector)).containsText(text);
    }

    private void readOnly(String selector) {
        page.waitForCondition(() -> page.locator(selector).getAttribute("readonly") != null);
    }

    private void assign(String section, String name) {
        page.locator("#survey-owner-" + section).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(name)).first().click();
    }

    @Test
    void twoColleaguesAnswerTheirOwnSectionsAndTheContactSubmits() {
        SurveyTestData.World w = SurveyTestData.create(users, projects, companies);
        long responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
        String production = w.companyUserA() + "-prod";
        String hr = w.companyUserA() + "-hr";
        long productionId = users.create(new UserForm(production, "secret", "Per Produktion", null, Role.COMPANY,
                w.companyA(), Set.of())).id();
        long hrId = users.create(new UserForm(hr, "secret", "Hanna HR", null, Role.COMPANY, w.companyA(), Set.of())).id();

        // the contact gives "Strategisk kompetensförsörjning" to Per and "Om företaget" to Hanna
        login(w.companyUserA(), "secret");
        page.navigate(url("survey/" + responseId + "?page=5"));
        page.locator("#survey-summary").waitFor();
        assign("strategy", "Per Produktion");
        awaitServer(w, responseId, f -> f.owners().containsKey("strategy"));
        assign("company", "Hanna HR");
        awaitServer(w, responseId, f -> f.owners().containsKey("company"));
        shows("#survey-section-state-strategy", "Per Produktion");
        shows("#survey-section-state-company", "Hanna HR");
        screenshot("survey-sections-assigned");

        // Per lands on his section and answers it; the other sections are read-only
        newSession();
        login(production, "secret");
        page.navigate(url("survey/" + responseId));
        page.locator("#survey-section-title").waitFor();
        shows("#survey-section-title", "Strategisk kompetensförsörjning");
        for (String q : new String[]{"strategyLinked", "leadersSupport", "learningCulture"}) {
            choose("survey-input-" + q, 2);
        }
        awaitServer(w, responseId, f -> f.done(f.questionnaire().section("strategy").orElseThrow()));
        page.locator("#survey-previous").click();
        page.locator("#survey-previous").click();
        readOnly("#survey-input-recruitmentCount");

        // Hanna answers "Om företaget"
        newSession();
        login(hr, "secret");
        page.navigate(url("survey/" + responseId));
        page.locator("#survey-input-recruitmentCount").waitFor();
        page.locator("#survey-input-recruitmentCount input").fill("4");
        page.locator("#survey-input-recruitmentCount input").press("Tab");
        choose("survey-input-genderGoals", 1);
        choose("survey-input-trainingBudget", 1);
        choose("survey-input-competencePlanning", 2);
        awaitServer(w, responseId, f -> f.done(f.questionnaire().section("company").orElseThrow()));
        page.locator("#survey-next").click(); // the matrix is the contact's
        page.locator("#survey-current-WELDING").waitFor();
        shows("#survey-section-owner", "kontaktperson");
        readOnly("#survey-current-WELDING");

        // the contact answers the matrix, sees every section done and submits
        newSession();
        login(w.companyUserA(), "secret");
        page.navigate(url("survey/" + responseId + "?page=2"));
        page.locator("#survey-current-WELDING").waitFor();
        for (String area : CompetenceAreas.ALL) {
            choose("survey-current-" + area, 1);
            choose("survey-required-" + area, 2);
        }
        awaitServer(w, responseId, f -> f.missing().isEmpty());
        page.navigate(url("survey/" + responseId + "?page=5"));
        page.locator("#survey-summary").waitFor();
        shows("#survey-summary-state", "Allt som krävs");
        shows("#survey-section-state-strategy", "Per Produktion · 3 av 3 obligatoriska svar · klart");
        shows("#survey-section-state-company", "Hanna HR");
        screenshot("survey-sections-done");
        page.locator("#survey-submit").click();
        page.locator("#survey-confirm-submit").click();
        awaitServer(w, responseId, f -> f.status() == SurveyStatus.SUBMITTED);
        SurveyTestData.runAs(users, w.companyUserA());
        SurveyForm f = surveys.load(responseId);
        assertThat(f.owners().get("strategy").userId()).isEqualTo(productionId);
        assertThat(f.owners().get("company").userId()).isEqualTo(hrId);
        assertThat(f.values().value("recruitmentCount")).isEqualTo("4");
        assertThat(f.submittedBy()).isEqualTo(w.companyUserA());
    }
}
