package se.kompetensresan.accessibility;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A company user does a task by keyboard only: signs in, goes to the inbox, opens the survey task, answers a
 * matrix row and moves between the survey's pages. At every step the test checks where the focus is: never lost
 * to the page body, and at most a few Tabs away from the next thing to do.
 */
class KeyboardBrowserTest extends DemoBrowserTest {

    /** The focused element as the page's active element sees it, looking into shadow roots. */
    private static final String ACTIVE = "(() => { let e = document.activeElement;"
            + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; } return e; })()";

    private boolean focusIs(String predicate) {
        return (Boolean) page.evaluate("() => { const e = " + ACTIVE + "; return !!e && !!(" + predicate + "); }");
    }

    /** Presses Tab until the focused element matches (a JavaScript condition on {@code e}); returns the Tabs used. */
    private int tabUntil(String predicate, int most) {
        for (int tabs = 0; tabs <= most; tabs++) {
            if (focusIs(predicate)) {
                return tabs;
            }
            page.keyboard().press("Tab");
        }
        return fail("not reached within " + most + " Tabs: " + predicate + "; focus is on " + focused());
    }

    private void assertFocusOnHeading(String step) {
        idle();
        try { // the app moves the focus right after the new view has rendered
            page.waitForFunction("() => { const e = " + ACTIVE + "; return !!e && /^H[12]$/.test(e.tagName); }", null,
                    new com.microsoft.playwright.Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            // reported below, with what has the focus instead
        }
        screenshot("keyboard-" + step);
        assertThat(focusIs("/^H[12]$/.test(e.tagName) && !!e.closest('main')"))
                .as(step + ": focus on the view's heading, not " + focused()).isTrue();
    }

    @Test
    void aCompanyUserFillsInTheSurveyByKeyboardOnly() {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                System.out.println("browser console: " + m.text());
            }
        });
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        idle();
        tabUntil("e.tagName === 'INPUT' && e.name === 'username'", 10);
        page.keyboard().type("kilsta");
        tabUntil("e.tagName === 'INPUT' && e.name === 'password'", 2);
        page.keyboard().type("demo");
        page.keyboard().press("Enter");
        page.locator("#current-user").waitFor();
        assertFocusOnHeading("start");

        // to the inbox: from the start page's heading to its card (or the menu entry) for the inbox
        tabUntil("(e.tagName === 'A' && /inbox$/.test(e.getAttribute('href') || ''))"
                + " || (e.getRootNode().host && e.getRootNode().host.getAttribute('path') === 'inbox')", 25);
        page.keyboard().press("Enter");
        page.waitForURL("**/inbox");
        page.locator("#inbox-grid").waitFor();
        assertFocusOnHeading("inbox");

        // into the task list, to the row's Open button, and open it
        tabUntil("e.tagName === 'TD' && !!e.closest('tbody#items')", 15);
        page.keyboard().press("End");
        page.keyboard().press("Enter");
        idle();
        if (page.url().endsWith("/inbox")) {
            // the grid's interaction mode put the focus on the Open button; Enter presses it
            assertThat(focusIs("!!e.closest('vaadin-button') || e.tagName === 'VAADIN-BUTTON'"))
                    .as("Open button focused, not " + focused()).isTrue();
            page.keyboard().press("Enter");
        }
        page.locator("#survey-page").waitFor();
        idle();
        assertThat(focusIs("e !== document.body")).as("focus after opening the task").isTrue();

        // the first question is one Tab or two away
        int tabs = tabUntil("e.tagName === 'INPUT' && !!e.closest('#survey-page')", 3);
        assertThat(tabs).isLessThanOrEqualTo(3);
        page.keyboard().type("3");

        // next page: the competence matrix
        tabUntil("e.id === 'survey-next' || (e.closest && e.closest('#survey-next'))", 40);
        page.keyboard().press("Enter");
        idle();
        assertThat(focusIs("e !== document.body")).as("focus after Next: " + focused()).isTrue();
        page.locator("[id^='survey-current-']").first().waitFor();

        // answer one row: current and needed level with the arrow keys and Space
        tabUntil("!!e.closest(\"[id^='survey-current-']\")", 25);
        String area = (String) page.evaluate("() => " + ACTIVE + ".closest(\"[id^='survey-current-']\").id.substring('survey-current-'.length)");
        page.keyboard().press("Space");
        tabUntil("!!e.closest('#survey-required-" + area + "')", 3);
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Space");
        idle();
        assertThat(page.locator("#survey-current-" + area + " vaadin-radio-button[checked]").count()).isEqualTo(1);
        assertThat(page.locator("#survey-required-" + area + " vaadin-radio-button[checked]").count()).isEqualTo(1);

        // and back to the first page
        tabUntil("e.id === 'survey-previous' || (e.closest && e.closest('#survey-previous'))", 80);
        page.keyboard().press("Enter");
        idle();
        assertThat(focusIs("e !== document.body")).as("focus after Previous: " + focused()).isTrue();
        screenshot("keyboard-survey-back");
    }
}
