package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every security header on real HTTP responses of the running server, as it runs behind a TLS proxy
 * (the proxy's {@code X-Forwarded-Proto: https} is trusted from a local address, as in the prod profile).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "server.servlet.session.cookie.secure=true"})
@ActiveProfiles("test")
class HttpHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    private HttpResponse<String> get(HttpClient client, String path, boolean behindTls) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (behindTls) {
            b.header("X-Forwarded-Proto", "https");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageCarriesEverySecurityHeader() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = get(client, "/login", true);
        assertThat(r.statusCode()).isEqualTo(200);
        var h = r.headers();
        assertThat(h.firstValue("Content-Security-Policy")).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(h.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(h.firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(h.firstValue("Permissions-Policy")).hasValue(SecurityConfig.PERMISSIONS_POLICY);
        assertThat(h.firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("Cache-Control").orElse("")).contains("no-store");
        String cookie = h.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "Secure", "SameSite=Lax");
    }

    @Test
    void tokenPagesSendNoReferrer() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[]{"/set-password/abc", "/forgot-password", "/two-factor", "/onboarding/status/x"}) {
            HttpResponse<String> r = get(client, path, true);
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }

    @Test
    void withoutTheProxyHeaderThereIsNoHsts() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(get(client, "/login", false).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void cockpitIsTheOnlyCamundaWebappEvenForAnAdmin() throws Exception {
        String admin = "headers-admin";
        users.create(new UserForm(admin, "secret-pw-long-enough", "Header Admin", null, Role.ADMIN, null, Set.of()));
        HttpClient client = login(admin, "secret-pw-long-enough");
        HttpResponse<String> cockpit = get(client, "/camunda/app/cockpit/", false);
        assertThat(cockpit.statusCode()).isIn(200, 302);
        assertThat(cockpit.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(cockpit.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        for (String path : new String[]{"/camunda/app/tasklist/", "/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
                "/camunda/app/welcome/default/", "/camunda/api/tasklist/plugin/", "/camunda/api/admin/setup/default/user/create"}) {
            assertThat(get(client, path, false).statusCode()).as(path).isEqualTo(404);
        }
    }

    private HttpClient login(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = get(client, "/login", false).body();
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
