package se.kompetensresan.survey;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;

import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.function.Predicate;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * A company user fills in part of the default questionnaire, closes the browser session, signs in again in a new
 * one and finds the answers; completes, submits, and the response is read-only. And by keyboard: focus on the
 * survey's title at entry (the first question one Tab away), on the new section's heading after Next, the page kept
 * over a reload, the progress bar named, and a refused submit taking the user to the first missing statement;
 * screenshots at 1280 and 375 px.
 */
class SurveyBrowserTest extends SurveyBrowserSteps {

    @Test
    void answersSurviveANewBrowserSessionAndTheSubmittedSurveyIsReadOnly() {
        SurveyTestData.World w = SurveyTestData.create(users, projects, companies);
        long responseId = surveys.open(w.companyA(), SurveyRound.FIRST);

        login(w.companyUserA(), "secret");
        page.navigate(url("survey/" + responseId));
        page.locator("#survey-title").waitFor();
        page.locator("#survey-input-recruitmentCount input").fill("5");
        page.locator("#survey-input-recruitmentCount input").press("Tab");
        choose("survey-input-genderGoals", 0); // Ja: the description question appears
        page.locator("#survey-q-genderGoalsDescription").waitFor();
        page.locator("#survey-input-genderGoalsDescription textarea").fill("Fler kvinnor i produktionen");
        awaitServer(w, responseId, f -> "Fler kvinnor i produktionen".equals(f.values().value("genderGoalsDescription")));
        assertThat(page.locator("#survey-saved-status").textContent()).startsWith("Sparat");
        page.locator("#survey-next").click();
        choose("survey-current-WELDING", 1);
        awaitServer(w, responseId, f -> f.values().row("matrix", "WELDING").currentLevel() != null);
        screenshot("survey-first-session");

        newSession(); // another browser session: no cookies, a new login
        login(w.companyUserA(), "secret");
        page.navigate(url("survey/" + responseId));
        page.locator("#survey-title").waitFor();
        assertThat(page.locator("#survey-input-recruitmentCount input").inputValue()).isEqualTo("5");
        assertThat(page.locator("#survey-input-genderGoals vaadin-radio-button").nth(0).getAttribute("checked")).isNotNull();
        assertThat(page.locator("#survey-input-genderGoalsDescription textarea").inputValue()).isEqualTo("Fler kvinnor i produktionen");

        choose("survey-input-trainingBudget", 1);
        choose("survey-input-competencePlanning", 2);
        awaitServer(w, responseId, f -> f.values().value("competencePlanning") != null);
        page.locator("#survey-next").click();
        assertThat(page.locator("#survey-current-WELDING vaadin-radio-button").nth(1).getAttribute("checked")).isNotNull();
        for (String area : CompetenceAreas.ALL) {
            choose("survey-current-" + area, 1);
            choose("survey-required-" + area, 2);
        }
        awaitServer(w, responseId, f -> f.answeredAreas() == CompetenceAreas.ALL.size());
        page.locator("#survey-next").click();
        for (String q : new String[]{"strategyLinked", "leadersSupport", "learningCulture"}) {
            choose("survey-input-" + q, 3);
        }
        awaitServer(w, responseId, f -> f.missing().isEmpty());
        page.locator("#survey-next").click();
        page.locator("#survey-next").click();
        page.locator("#survey-summary").waitFor();
        assertThat(page.locator("#survey-summary-state").textContent()).startsWith("Allt som krävs");
        screenshot("survey-summary");
        page.locator("#survey-submit").click();
        page.locator("#survey-confirm-submit").click();
        awaitServer(w, responseId, f -> f.status() == SurveyStatus.SUBMITTED);

        page.navigate(url("survey/" + responseId));
        page.locator("#survey-status").waitFor();
        Locator count = page.locator("#survey-input-recruitmentCount");
        assertThat(count.getAttribute("readonly")).isNotNull();
        assertThat(page.locator("#survey-submit").isVisible()).isFalse();
        screenshot("survey-submitted");
    }

    // ------------------------------------------------------------------------------------------ by keyboard

    /** The id of the survey element that has the focus (the field around a focused input). */
    private String focusedId() {
        return (String) page.evaluate("() => { let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " while (e && !(e.id && e.id.startsWith('survey-'))) { e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
                + " return e ? e.id : null; }");
    }

    private void awaitFocus(String id) {
        for (int i = 0; i < 50 && !id.equals(focusedId()); i++) {
            page.waitForTimeout(100);
        }
        assertThat(focusedId()).isEqualTo(id);
    }

    @Test
    void keyboardUserMovesBetweenPagesReloadsAndIsTakenToWhatIsMissing() {
        SurveyTestData.World w = SurveyTestData.create(users, projects, companies);
        long responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
        SurveyTestData.runAs(users, w.companyUserA());
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 2, 3, 1);
        }
        SurveyTestData.REQUIRED_ANSWERS.forEach((k, v) -> {
            if (!List.of("strategyLinked", "leadersSupport", "learningCulture").contains(k)) {
                surveys.saveValue(responseId, null, k, v);
            }
        });
        SecurityContextHolder.clearContext();

        login(w.companyUserA(), "secret");
        page.navigate(url("survey/" + responseId));
        awaitFocus("survey-title");
        page.keyboard().press("Tab");
        awaitFocus("survey-input-recruitmentCount");
        assertThat(page.locator("#survey-progress-bar").getAttribute("aria-label")).isEqualTo("Sida 1 av 5, 16 av 22 besvarade");
        screenshot("survey-kb-1280-page1");

        page.locator("#survey-next").focus();
        page.keyboard().press("Enter");
        awaitFocus("survey-section-title");
        assertThat(page.locator("#survey-section-title").textContent()).isEqualTo("Kompetensmatris");
        page.waitForURL("**/survey/" + responseId + "?page=2");
        page.locator("#survey-next").focus();
        page.keyboard().press("Enter");
        awaitFocus("survey-section-title");
        page.waitForURL("**?page=3");

        page.reload();
        page.locator("#survey-section-title").waitFor();
        assertThat(page.locator("#survey-section-title").textContent()).isEqualTo("Strategisk kompetensförsörjning");
        assertThat(page.locator("#survey-progress-bar").getAttribute("aria-label")).startsWith("Sida 3 av 5");

        page.navigate(url("survey/" + responseId + "?page=5"));
        page.locator("#survey-submit").click();
        page.locator("#survey-missing").waitFor();
        assertThat(page.locator("#survey-missing-title").textContent()).isEqualTo("3 obligatoriska svar saknas innan ni kan skicka in:");
        assertThat(page.locator("#survey-section-title").textContent()).isEqualTo("Strategisk kompetensförsörjning");
        awaitFocus("survey-input-strategyLinked");
        screenshot("survey-kb-1280-missing");

        page.setViewportSize(375, 800);
        page.waitForTimeout(300);
        screenshot("survey-kb-375-missing");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1"))
                .as("no sideways scrolling at 375 px").isTrue();
        page.setViewportSize(1280, 900);

        // answer the statements by keyboard, then the dialog shows the answers
        for (String q : List.of("strategyLinked", "leadersSupport", "learningCulture")) {
            page.locator("#survey-input-" + q + " vaadin-radio-button").nth(3).locator("label").click();
        }
        page.locator("#survey-missing").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        page.navigate(url("survey/" + responseId + "?page=5"));
        page.locator("#survey-submit").click();
        page.locator("#survey-confirm-summary").waitFor();
        assertThat(page.locator("#survey-confirm-summary").textContent()).contains("Kompetensmatris", "nuläge 2, behov 3");
        screenshot("survey-kb-1280-confirm");
        page.locator("#survey-confirm-cancel").click();
    }
}
