package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of security, against the running server. */
@se.kompetensresan.RunningApp
class WebSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void cockpitSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> r = get("/camunda/app/cockpit/default/");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void camundaApiAnswersUnauthorisedWithoutLogin() throws Exception {
        assertThat(get("/camunda/api/engine/engine/").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/engine").statusCode()).isEqualTo(401);
    }

    @Test
    void applicationPagesNeedALogin() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        HttpResponse<String> r = get("/admin/users");
        assertThat(r.statusCode()).isIn(200, 302); // Vaadin serves its bootstrap; the router then sends to /login
    }

    @Test
    void passwordsAreStoredHashed() {
        users.create(new UserForm("hash-check", "s3cret-pw", "Hash Check", null, Role.COACH, null, Set.of()));
        String stored = users.loadUserByUsername("hash-check").getPassword();
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("s3cret-pw");
    }
}
