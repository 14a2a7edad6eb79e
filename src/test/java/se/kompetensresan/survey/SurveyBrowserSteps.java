package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserService;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps the survey's browser tests share: a choice clicked by its label, and waiting for a save to reach the server. */
abstract class SurveyBrowserSteps extends BrowserTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    /** Clicks the index-th option of a radio button group, on its label as a user would. */
    void choose(String id, int index) {
        page.locator("#" + id + " vaadin-radio-button").nth(index).locator("label").click();
    }

    /** Waits (15 s at most) until the response, read as the world's company user, passes the check. */
    void awaitServer(SurveyTestData.World w, long responseId, Predicate<SurveyForm> check) {
        long deadline = System.currentTimeMillis() + 15_000;
        BooleanSupplier ok = () -> {
            SurveyTestData.runAs(users, w.companyUserA());
            return check.test(surveys.load(responseId));
        };
        while (!ok.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("saved on the server in time").isLessThan(deadline);
            page.waitForTimeout(200);
        }
    }
}
