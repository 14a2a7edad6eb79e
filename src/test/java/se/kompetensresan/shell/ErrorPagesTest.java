package se.kompetensresan.shell;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.UserService;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's own error pages, the page language and the favicon, over real HTTP against the running server. */
@se.kompetensresan.RunningApp
class ErrorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ErrorPageController errors;

    private HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient http, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form's POST, with the CSRF token of the login page. */
    private HttpClient signedIn(String username, Locale locale) throws Exception {
        if (!users.exists(username)) {
            users.create(new UserForm(username, "error-pw", "Error " + username, null, Role.COACH, null, Set.of()));
        }
        users.setLocale(username, locale);
        HttpClient http = client();
        String login = get(http, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        String form = "username=" + username + "&password=error-pw"
                + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    @Test
    void aCoachRefusedByCockpitGetsTheAppsOwnPageInSwedish() throws Exception {
        HttpResponse<String> r = get(signedIn("error-coach-sv", Locale.forLanguageTag("sv")), "/camunda/app/cockpit/default/");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("Whitelabel").contains("<html lang=\"sv\">", "Ingen behörighet", "Till startsidan");
    }

    @Test
    void aCoachWhoChoseEnglishGetsItInEnglish() throws Exception {
        HttpResponse<String> r = get(signedIn("error-coach-en", Locale.ENGLISH), "/camunda/app/cockpit/default/");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("Whitelabel").contains("<html lang=\"en\">", "No access", "To the start page");
    }

    @Test
    void anUnknownFileIsNotFoundInTheLanguageOfTheCookie() throws Exception {
        HttpResponse<String> sv = get(client(), "/webjars/no-such-file.js");
        assertThat(sv.statusCode()).isEqualTo(404);
        assertThat(sv.body()).doesNotContain("Whitelabel").contains("<html lang=\"sv\">", "Sidan finns inte");
        HttpResponse<String> en = get(client(), "/webjars/no-such-file.js", "Cookie", "kr-lang=en");
        assertThat(en.statusCode()).isEqualTo(404);
        assertThat(en.body()).contains("<html lang=\"en\">", "Page not found");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 500, 503})
    void everyStatusGetsAPageWithThatStatus(int status) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        var page = errors.page(request);
        assertThat(page.getStatusCode().value()).isEqualTo(status);
        assertThat(page.getBody()).contains("<html lang=\"sv\">", "<h1", "HTTP " + status).doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void theFaviconIsServedWithoutALogin() throws Exception {
        HttpResponse<String> ico = get(client(), "/favicon.ico", "Accept", "*/*");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(get(client(), "/favicon.svg", "Accept", "*/*").statusCode()).isEqualTo(200);
    }

    @Test
    void thePageLanguageFollowsTheLanguageCookie() throws Exception {
        assertThat(get(client(), "/login").body()).contains("<html lang=\"sv\"");
        assertThat(get(client(), "/login", "Cookie", "kr-lang=en").body()).contains("<html lang=\"en\"");
        assertThat(get(client(), "/login").body()).contains("favicon.ico");
    }
}
