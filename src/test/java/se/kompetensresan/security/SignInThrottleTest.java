package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in over real HTTP: the account lock (in the database, growing), the per-address limit, the log lines, and
 * the second factor an ADMIN needs before any role is granted. Each test signs in from its own client address
 * (X-Forwarded-For from the local proxy, as behind the production TLS proxy).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "kompetensresan.security.max-failed-logins=3",
        "kompetensresan.security.max-failures-per-address=6", "kompetensresan.security.two-factor-enforced=true"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SignInThrottleTest {

    static final String PASSWORD = "ett riktigt bra lösenord";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    private String newUser(Role role) {
        String name = "signin-" + UUID.randomUUID().toString().substring(0, 8) + "@verkstad.se";
        users.create(new UserForm(name, PASSWORD, "Sign In", name, role, role == Role.COMPANY ? 1L : null,
                role == Role.COACH ? Set.of(1L) : Set.of()));
        return name;
    }

    /** Posts the login form from the address; returns the client (with its session) and the redirect target. */
    private record Attempt(HttpClient client, String location) {
        boolean succeeded() {
            return !location.contains("error");
        }
    }

    private Attempt login(String username, String password, String address) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = client.send(request("/login", address).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(request("/login", address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        return new Attempt(client, r.headers().firstValue("Location").orElse(""));
    }

    private HttpRequest.Builder request(String path, String address) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", address);
    }

    private Instant lockedUntil(String username) {
        Timestamp t = jdbc.queryForObject("select locked_until from app_user where username = ?", Timestamp.class, username);
        return t == null ? null : t.toInstant();
    }

    @Test
    void afterThreeFailuresTheAccountIsLockedEvenForTheRightPasswordAndEachFurtherFailureDoublesTheLock(CapturedOutput log)
            throws Exception {
        String user = newUser(Role.COMPANY);
        long id = users.findAccount(user).orElseThrow().id();
        for (int i = 0; i < 2; i++) {
            assertThat(login(user, "fel lösenord " + i, "10.1.0.1").succeeded()).isFalse();
        }
        assertThat(lockedUntil(user)).isNull();
        assertThat(login(user, "fel lösenord 3", "10.1.0.1").succeeded()).isFalse();
        Instant first = lockedUntil(user);
        assertThat(first).isNotNull();
        assertThat(Duration.between(Instant.now(), first)).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
        // locked: the right password does not help, and from another address neither
        assertThat(login(user, PASSWORD, "10.1.0.1").succeeded()).isFalse();
        assertThat(login(user, PASSWORD, "10.1.0.2").succeeded()).isFalse();

        // the lock has passed: one more failure locks for twice as long
        jdbc.update("update app_user set locked_until = ? where username = ?", Timestamp.from(Instant.now().minusSeconds(1)), user);
        assertThat(login(user, "fel igen", "10.1.0.1").succeeded()).isFalse();
        assertThat(Duration.between(Instant.now(), lockedUntil(user))).isBetween(Duration.ofSeconds(90), Duration.ofMinutes(2));

        jdbc.update("update app_user set locked_until = ? where username = ?", Timestamp.from(Instant.now().minusSeconds(1)), user);
        assertThat(login(user, PASSWORD, "10.1.0.1").succeeded()).isTrue();
        assertThat(jdbc.queryForObject("select failed_logins from app_user where username = ?", Integer.class, user)).isZero();

        assertThat(log.getOut()).contains("sign-in failed: user " + id + " from 10.1.0.1")
                .contains("account of user " + id + " locked until").contains("sign-in refused: account locked (user " + id)
                .doesNotContain(user);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedWhileOthersSignIn(CapturedOutput log) throws Exception {
        for (int i = 0; i < 6; i++) {
            assertThat(login("nobody-" + i + "@example.se", "gissning " + i, "10.2.0.1").succeeded()).isFalse();
        }
        String user = newUser(Role.COMPANY);
        assertThat(login(user, PASSWORD, "10.2.0.1").succeeded()).as("blocked address").isFalse();
        assertThat(login(user, PASSWORD, "10.2.0.2").succeeded()).as("other address").isTrue();
        assertThat(log.getOut()).contains("sign-in failed: unknown account from 10.2.0.1")
                .contains("sign-in refused from 10.2.0.1").doesNotContain("nobody-");
    }

    @Test
    void anAdminWithOnlyThePasswordGetsNoRoleUntilTheSecondFactor() throws Exception {
        String admin = newUser(Role.ADMIN);
        Attempt a = login(admin, PASSWORD, "10.3.0.1");
        assertThat(a.succeeded()).isTrue();
        HttpResponse<String> cockpit = a.client().send(request("/camunda/api/engine/engine/", "10.3.0.1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(users.needsSecondFactor(admin)).isTrue();
        assertThat(users.needsSecondFactor(newUser(Role.COMPANY))).isFalse();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
