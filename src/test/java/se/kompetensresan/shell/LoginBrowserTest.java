package se.kompetensresan.shell;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.BrowserTest;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import com.microsoft.playwright.Page;

class LoginBrowserTest extends BrowserTest {

    @Autowired
    UserService users;

    private void ensure(String username, Role role) {
        if (!users.exists(username)) {
            users.create(new UserForm(username, "browser-pw", "Browser " + role, null, role, null, Set.of()));
        }
    }

    @Test
    void wrongPasswordShowsAnErrorAndStaysOnLogin() {
        ensure("browser-admin", Role.ADMIN);
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill("browser-admin");
        page.locator("vaadin-login-form input[name='password']").fill("wrong");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("Fel användarnamn eller lösenord");
    }

    @Test
    void adminLogsInSeesTheAdminMenuAndLogsOut() {
        ensure("browser-admin", Role.ADMIN);
        login("browser-admin", "browser-pw");
        assertThat(page.locator("#main-menu")).containsText("Användare");
        assertThat(page.locator("#main-menu")).containsText("Projekt");
        screenshot("admin-start");
        logout();
    }

    @Test
    void chosenLanguageIsRememberedAcrossLogins() {
        ensure("browser-coach", Role.COACH);
        login("browser-coach", "browser-pw");
        assertThat(page.locator("#logout")).containsText("Logga ut");
        page.locator("#language-switch").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("#logout")).containsText("Log out");
        logout();
        login("browser-coach", "browser-pw");
        assertThat(page.locator("#logout")).containsText("Log out");
        screenshot("coach-english");
    }

    @Test
    void englishChosenOnTheLoginPageWinsOverTheAccountsSwedishAndIsSaved() {
        ensure("browser-lang", Role.COACH);
        users.setLocale("browser-lang", java.util.Locale.forLanguageTag("sv"));
        page.navigate(url("login"));
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        page.locator("#language-switch").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        login("browser-lang", "browser-pw");
        assertThat(page.locator("#logout")).containsText("Log out");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        org.assertj.core.api.Assertions.assertThat(users.findAccount("browser-lang").orElseThrow().locale().getLanguage()).isEqualTo("en");
        screenshot("login-language-wins");
    }

    @Test
    void vaadinsOwnLabelsAreSwedishOnSwedishPages() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form vaadin-password-field").waitFor();
        assertThat(page.locator("vaadin-login-form vaadin-password-field-button")).hasAttribute("aria-label", "Visa lösenord");
    }
}
