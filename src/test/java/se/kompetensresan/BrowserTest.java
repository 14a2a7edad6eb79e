package se.kompetensresan;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Base of the end-to-end tests: the whole application on a random port (job executor on, so timers and
 * asynchronous steps run by themselves) and Debian's Chromium driven by Playwright. Screenshots of every
 * step land in {@code target/screenshots}.
 */
@RunningApp
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected Page page;

    @BeforeAll
    void launchBrowser() throws Exception {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = chromium(playwright);
    }

    /** Debian's headless Chromium with the flags of DESIGN.md §6; Playwright gives every launch a fresh profile. */
    public static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Console messages of the browser that report a Content-Security-Policy violation (must stay empty). */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void openPage() {
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                cspViolations.add(m.text());
            }
        });
    }

    @AfterEach
    void closePage() {
        page.context().close();
        org.assertj.core.api.Assertions.assertThat(cspViolations).as("CSP violations in the browser console").isEmpty();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Closes the current browser context and opens a fresh one: a new browser session without cookies. */
    protected void newSession() {
        page.context().close();
        openPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the login form and waits until the main layout is there. */
    protected void login(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("#current-user").waitFor();
    }

    protected void logout() {
        page.locator("#logout").click();
        page.locator("vaadin-login-form").waitFor();
    }

    /**
     * What does not fit the window on the current page: the page scrolling sideways, and every visible grid that
     * scrolls sideways, cuts its last column or reaches out of the window. Empty when everything fits.
     */
    protected List<String> whatDoesNotFit() {
        Object problems = page.evaluate("""
                () => {
                  const out = [];
                  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
                    out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
                  }
                  for (const g of document.querySelectorAll('vaadin-grid')) {
                    const t = g.$ && g.$.table;
                    if (!t || g.offsetParent === null) continue;
                    if (t.scrollWidth > t.clientWidth + 1) out.push('#' + g.id + ' scrolls sideways');
                    const right = g.getBoundingClientRect().right;
                    const cells = [...g.$.header.querySelectorAll('th')].filter(th => th.offsetParent !== null);
                    if (cells.length && cells[cells.length - 1].getBoundingClientRect().right > right + 1) {
                      out.push('#' + g.id + ' cuts its last column');
                    }
                    if (right > window.innerWidth + 1) out.push('#' + g.id + ' reaches out of the window');
                  }
                  return out;
                }""");
        return problems instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Saves a screenshot as target/screenshots/&lt;name&gt;.png. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png")).setFullPage(true));
    }
}
