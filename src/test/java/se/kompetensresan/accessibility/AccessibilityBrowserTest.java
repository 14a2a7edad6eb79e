package se.kompetensresan.accessibility;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every view each role can reach from its menu, the start page and the
 * "not found" page, as the company, coach, manager and admin demo users and anonymously (login, onboarding), in
 * Swedish and English. Any violation fails the test, listed by role, language, address, rule and element.
 * Also checks that {@code <html lang>} follows the language on every page.
 */
class AccessibilityBrowserTest extends DemoBrowserTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String[] USERS = {"kilsta", "coach", "manager", "admin"};

    /**
     * axe reports only violations (no passes or incomplete lists to build), and runs in the page itself: the app has
     * no frames, so the frame-by-frame mode (which opens a blank page per analysis) would only cost time. A new
     * object per analysis: the builder writes the tags into it.
     */
    private static com.deque.html.axecore.args.AxeRunOptions violationsOnly() {
        var o = new com.deque.html.axecore.args.AxeRunOptions();
        o.setResultTypes(List.of("violations"));
        return o;
    }

    private final List<String> violations = new ArrayList<>();
    private int pagesChecked;
    private long last = System.nanoTime();

    private void check(String who, String language) {
        long t0 = System.nanoTime();
        idle();
        long t1 = System.nanoTime();
        String path = page.url().replaceFirst("^https?://[^/]+/", "/");
        String lang = (String) page.evaluate("() => document.documentElement.lang");
        if (!language.equals(lang)) {
            violations.add(who + " " + language + " " + path + ": <html lang=\"" + lang + "\">");
        }
        AxeBuilder axe = new AxeBuilder(page).options(violationsOnly()).withTags(WCAG_AA).setLegacyMode(true);
        if (!"sv".equals(language)) {
            // colours do not change with the language (same theme, same components): contrast, axe's costliest rule,
            // is checked on the Swedish pages; every other rule runs on both
            axe.disableRules(List.of("color-contrast"));
        }
        long t2 = System.nanoTime();
        AxeResults results = axe.analyze();
        System.out.printf("TIMING %s %s %s idle=%d axe=%d since=%d%n", who, language, path, (t1-t0)/1000000, (System.nanoTime()-t2)/1000000, (t0-last)/1000000);
        last = System.nanoTime();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(5).toList();
            violations.add(who + " " + language + " " + path + ": " + rule.getId() + " " + targets + " – " + rule.getHelp());
        }
        pagesChecked++;
    }

    @Test
    void everyViewOfEveryRoleInBothLanguagesPassesAxe() {
        for (String language : LANGUAGES) {
            newSession();
            page.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie("kr-lang", language)
                    .setDomain("localhost").setPath("/")));
            page.navigate(url("login"));
            page.locator("vaadin-login-form").waitFor();
            check("anonymous", language);
            page.navigate(url("onboarding"));
            check("anonymous", language);

            for (String user : USERS) {
                newSession();
                loginIn(language, user);
                check(user, language);
                Set<String> paths = new LinkedHashSet<>(page.locator("#main-menu vaadin-side-nav-item")
                        .evaluateAll("items => items.map(i => i.getAttribute('path'))")
                        instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of());
                for (String path : paths) {
                    if (path.isEmpty() || "/".equals(path)) {
                        continue;
                    }
                    page.locator("#main-menu vaadin-side-nav-item[path='" + path + "']").click();
                    page.waitForURL("**/" + path.replaceFirst("^/", ""));
                    check(user, language);
                }
                page.navigate(url("no-such-page"));
                page.locator("#not-found").waitFor();
                check(user, language);
            }
        }
        assertThat(pagesChecked).isGreaterThan(30);
        assertThat(violations).as("accessibility violations").isEmpty();
    }
}
