package se.kompetensresan.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * 200 concurrent users speaking Vaadin's protocol (bench/README.md): 150 company users who log in, open their journey
 * and fill in the kartläggning (autosave on every field, page by page), 40 coaches who open and filter their inbox
 * and open a case, 10 managers who open the status list. Only 127.0.0.1; it stops by itself after the duration.
 * Settings from the environment: LOADTEST_BASE_URL, LOADTEST_DURATION (seconds), LOADTEST_CASES (a file with the
 * company ids of the coaches' cases, one a line, written by bench/loadtest.sh from the server log).
 */
public class KompetensresanSimulation extends Simulation {

    static final String BASE = env("LOADTEST_BASE_URL", "http://127.0.0.1:18232");
    static final Duration DURATION = Duration.ofSeconds(Long.parseLong(env("LOADTEST_DURATION", "300")));
    static final Duration RAMP = Duration.ofSeconds(Math.min(60, DURATION.toSeconds() / 5));
    static final int COMPANIES = Integer.parseInt(env("LOADTEST_COMPANIES", "150"));
    static final int COACHES = Integer.parseInt(env("LOADTEST_COACHES", "40"));
    static final int MANAGERS = Integer.parseInt(env("LOADTEST_MANAGERS", "10"));

    static {
        String host = URI.create(BASE).getHost();
        if (!"127.0.0.1".equals(host)) {
            throw new IllegalArgumentException("the load test sends traffic to 127.0.0.1 only, not " + host);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*").acceptLanguageHeader("sv-SE,sv;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Gatling load test")
            .disableCaching();

    private static Iterator<Map<String, Object>> users(String prefix, int count) {
        AtomicInteger n = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("username", prefix + (n.getAndIncrement() % count + 1))).iterator();
    }

    /** username=surveyResponseId lines (bench/loadtest.sh takes them from the server log). */
    private static Iterator<Map<String, Object>> surveys() {
        List<Map<String, Object>> rows;
        try {
            rows = Files.readAllLines(Path.of(env("LOADTEST_SURVEYS", "target/loadtest/surveys.txt"))).stream()
                    .map(String::strip).filter(l -> l.contains("=")).limit(COMPANIES)
                    .map(l -> Map.<String, Object>of("username", l.split("=")[0], "survey", "survey/" + l.split("=")[1]))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("no survey list (LOADTEST_SURVEYS)", e);
        }
        AtomicInteger n = new AtomicInteger();
        return Stream.generate(() -> rows.get(n.getAndIncrement() % rows.size())).iterator();
    }

    private static List<String> cases() {
        try {
            return Files.readAllLines(Path.of(env("LOADTEST_CASES", "target/loadtest/cases.txt"))).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (Exception e) {
            throw new IllegalStateException("no case list (LOADTEST_CASES)", e);
        }
    }

    // ---- the protocol steps

    /** The login page (Spring Security's CSRF token is in its meta tags), then the form login. */
    static ChainBuilder login() {
        return exec(http("login page").get("/login").check(css("meta[name=_csrf]", "content").saveAs("_csrf")))
                .exec(http("login").post("/login").formParam("username", "#{username}").formParam("password", "demo")
                        .formParam("_csrf", "#{_csrf}").check(status().is(200)));
    }

    /**
     * A page load: the HTML page, the bootstrap request that creates the UI, then the router's navigation event
     * that renders the route (as Flow's client does).
     */
    static ChainBuilder bootstrap(String name, String route) {
        return bootstrap(name, route, s -> route);
    }

    /** {@link #bootstrap(String, String)} with the route as an EL expression and as the same value from the session. */
    static ChainBuilder bootstrap(String name, String routeEl, Function<Session, String> route) {
        return exec(http(name + " (html)").get("/" + routeEl).check(status().is(200)))
                .exec(http(name + " (bootstrap)").get("/?v-r=init&location=" + routeEl + "&query=")
                        .check(status().is(200), bodyString().saveAs("last")))
                .exec(s -> Uidl.bootstrap(s, s.getString("last")).set("idx", 0))
                .exec(navigate(name, route));
    }

    /** A navigation inside the UI (a link or menu item): one round trip; the response is the new view. */
    static ChainBuilder navigate(String name, Function<Session, String> route) {
        return roundTrip(name, s -> Uidl.navigate(Uidl.rpc(), route.apply(s), s.getInt("idx")))
                .exec(s -> s.set("idx", s.getInt("idx") + 1));
    }

    /** One UIDL round trip with the RPC calls the function builds. */
    static ChainBuilder roundTrip(String name, Function<Session, com.fasterxml.jackson.databind.node.ArrayNode> rpc) {
        return exec(s -> s.set("body", Uidl.body(s, rpc.apply(s))))
                .exec(http(name).post("/?v-r=uidl&v-uiId=#{uiId}").header("Content-Type", "application/json; charset=UTF-8")
                        .body(io.gatling.javaapi.core.CoreDsl.StringBody("#{body}"))
                        .check(status().is(200), bodyString().saveAs("last"),
                                regex("\"appError\"|\"sessionExpired\"|\"resynchronize\"|\"redirect\"").notExists()))
                .exec(s -> Uidl.response(s.set("clientId", s.getInt("clientId") + 1), s.getString("last")));
    }

    // ---- company users: the kartläggning

    private static final List<String> AREAS = List.of("AUTOMATION", "DIGITALISATION", "CNC", "WELDING", "MAINTENANCE",
            "QUALITY", "LEAN", "SUSTAINABILITY", "WORK_ENVIRONMENT", "LEADERSHIP");

    ChainBuilder companyUser() {
        return login()
                .exec(bootstrap("survey (from the e-mail link)", "#{survey}", s -> s.getString("survey")))
                .exec(during(DURATION).on(
                        exec(s -> s.set("field", nextField(s)))
                                .doIfOrElse(s -> s.getString("field") != null).then(
                                        roundTrip("survey autosave", s -> {
                                            int node = Uidl.node(s, s.getString("field"));
                                            int value = ThreadLocalRandom.current().nextInt(1, 40);
                                            return Uidl.event(Uidl.sync(Uidl.rpc(), node, "value", String.valueOf(value)),
                                                    node, "change");
                                        }).exec(s -> s.set("fieldsDone", fieldsDone(s) + 1)))
                                .orElse(exec(s -> {
                                    // forward through the four parts and back again
                                    int page = s.contains("page") ? s.getInt("page") : 0;
                                    int dir = s.contains("dir") ? s.getInt("dir") : 1;
                                    if (page + dir < 0 || page + dir > 3) {
                                        dir = -dir;
                                    }
                                    return s.set("dir", dir).set("page", page + dir)
                                            .set("button", dir > 0 ? "survey-next" : "survey-previous");
                                }).exec(roundTrip("survey next page", s -> Uidl.click(Uidl.rpc(), Uidl.node(s, s.getString("button")))))
                                        .exec(s -> s.set("fieldsDone", 0)))
                                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))));
    }

    private static int fieldsDone(Session s) {
        return s.contains("fieldsDone") ? s.getInt("fieldsDone") : 0;
    }

    /** The next employees field of the page not yet filled in this round, or null (then: next page). */
    private static String nextField(Session s) {
        int done = fieldsDone(s);
        List<String> fields = Uidl.idsStartingWith(s, "survey-employees-");
        return done < Math.min(fields.size(), 4) ? fields.get(done) : null;
    }

    ScenarioBuilder companies() {
        return scenario("company users fill in the survey").feed(surveys())
                .exec(companyUser());
    }

    // ---- coaches: inbox, filters, a case

    ScenarioBuilder coaches(List<String> cases) {
        AtomicInteger next = new AtomicInteger();
        return scenario("coaches work the inbox").feed(users("load.coach.", COACHES))
                .exec(login())
                .exec(bootstrap("inbox", "inbox"))
                .exec(during(DURATION).on(
                        exec(s -> s.set("overdueOn", !(s.contains("overdueOn") && s.getBoolean("overdueOn"))))
                                .exec(roundTrip("inbox filter", s -> {
                                    int node = Uidl.node(s, "inbox-overdue");
                                    return Uidl.sync(Uidl.rpc(), node, "checked", s.getBoolean("overdueOn"));
                                }))
                                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                                .exec(navigate("case view", s -> "journeys/" + cases.get(next.getAndIncrement() % cases.size())))
                                .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                                .exec(navigate("inbox", s -> "inbox"))
                                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))));
    }

    // ---- managers: the status list

    ScenarioBuilder managers() {
        return scenario("managers open the status list").feed(users("load.manager.", MANAGERS))
                .exec(login())
                .exec(bootstrap("journeys", "journeys"))
                .exec(during(DURATION).on(exec(navigate("company register", s -> "companies"))
                        .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))
                        .exec(navigate("journeys", s -> "journeys"))
                        .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))));
    }

    {
        setUp(companies().injectOpen(rampUsers(COMPANIES).during(RAMP)),
                coaches(cases()).injectOpen(rampUsers(COACHES).during(RAMP)),
                managers().injectOpen(rampUsers(MANAGERS).during(RAMP)))
                .protocols(protocol)
                .maxDuration(DURATION.plus(RAMP).plusSeconds(60));
    }
}
