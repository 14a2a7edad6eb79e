package se.kompetensresan.accessibility;

import com.microsoft.playwright.options.Cookie;
import org.springframework.test.context.TestPropertySource;
import se.kompetensresan.BrowserTest;

import java.util.List;

/**
 * Browser tests on the demo world (demo users with password {@code demo}, journeys waiting in every phase), so
 * that every role sees its real views. The accessibility and keyboard tests share this one application context.
 */
@TestPropertySource(properties = {"kompetensresan.demo.enabled=true", "kompetensresan.demo.password=demo"})
abstract class DemoBrowserTest extends BrowserTest {

    static final String[] LANGUAGES = {"sv", "en"};

    /** Chooses the language the way the login page does (its cookie), then signs in. */
    void loginIn(String language, String username) {
        page.context().addCookies(List.of(new Cookie("kr-lang", language).setDomain("localhost").setPath("/")));
        login(username, "demo");
        idle();
    }

    /** Waits until Vaadin has no request in flight (no sleeping). */
    void idle() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** What has the keyboard focus, as "tag#id" or "tag.text", looking into shadow roots. */
    String focused() {
        return (String) page.evaluate("() => { let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') : 'none'; }");
    }
}
