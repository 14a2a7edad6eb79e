package se.kompetensresan.engine;

import se.kompetensresan.journey.JourneyFixtures;

import se.kompetensresan.journey.JourneyProcess;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

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

/** Cockpit single sign-on over real HTTP: a signed-in ADMIN gets in, a COACH is refused, nobody is asked to log in. */
@se.kompetensresan.RunningApp
class CockpitSingleSignOnTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ProcessEngine engine;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void adminSessionReachesCockpitAndItsApi() throws Exception {
        String admin = JourneyFixtures.unique("sso-admin");
        users.create(new UserForm(admin, "secret-pw", "SSO Admin", null, Role.ADMIN, null, Set.of()));
        HttpClient client = login(admin, "secret-pw");

        assertThat(get(client, "/camunda/app/cockpit/" + engine.getName() + "/").statusCode()).isEqualTo(200);
        HttpResponse<String> api = get(client, "/camunda/api/engine/engine/" + engine.getName() + "/process-definition");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains(JourneyProcess.PROCESS_ID);
        assertThat(engine.getIdentityService().createUserQuery().userId(admin)
                .memberOfGroup(CamundaAdminIdentity.ADMIN_GROUP).count()).isOne();
    }

    @Test
    void coachSessionIsRefused() throws Exception {
        String coach = JourneyFixtures.unique("sso-coach");
        users.create(new UserForm(coach, "secret-pw", "SSO Coach", null, Role.COACH, null, Set.of()));
        HttpClient client = login(coach, "secret-pw");

        assertThat(get(client, "/camunda/app/cockpit/" + engine.getName() + "/").statusCode()).isEqualTo(403);
        assertThat(get(client, "/camunda/api/engine/engine/" + engine.getName() + "/process-definition").statusCode()).isEqualTo(403);
    }

    @Test
    void aSessionWhoseUserAnotherNodeChangedIsSentToTheLoginAtItsNextRequest() throws Exception {
        String admin = JourneyFixtures.unique("ended-admin");
        users.create(new UserForm(admin, "secret-pw", "Ended Admin", null, Role.ADMIN, null, Set.of()));
        HttpClient client = login(admin, "secret-pw");
        String cockpit = "/camunda/app/cockpit/" + engine.getName() + "/";
        assertThat(get(client, cockpit).statusCode()).isEqualTo(200);

        // what the other node writes when an administrator there changes this user: only the database carries it
        Thread.sleep(20);
        jdbc.update("update app_user set sessions_ended_at = ? where username = ?",
                java.sql.Timestamp.from(java.time.Instant.now()), admin);
        Thread.sleep(2_500); // a node reads the moment again after two seconds (SessionTerminator.RECHECK)

        HttpResponse<String> ended = get(client, cockpit);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(get(client, "/camunda/api/engine/engine/" + engine.getName() + "/process-definition").statusCode())
                .as("signed out").isEqualTo(401);
        HttpClient again = login(admin, "secret-pw");
        assertThat(get(again, cockpit).statusCode()).as("signed in again").isEqualTo(200);
        assertThat(get(again, cockpit).statusCode()).as("and staying so").isEqualTo(200);
    }

    @Test
    void withoutSessionCockpitAsksForLoginAndTheApiSays401() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(get(client, "/camunda/app/cockpit/" + engine.getName() + "/").statusCode()).isIn(302, 401);
        assertThat(get(client, "/camunda/api/engine/engine/" + engine.getName() + "/process-definition").statusCode()).isEqualTo(401);
    }

    private HttpClient login(String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = get(client, "/login").body();
        Matcher m = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("csrf meta tag on the login page").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
