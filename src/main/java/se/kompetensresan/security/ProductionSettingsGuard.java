package se.kompetensresan.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Every start that is not the demo (or the tests) is a production start: before any bean exists, it refuses demo
 * data, an H2 database, an empty database password, a base URL on localhost (e-mailed links would point at the
 * recipient's own machine) and missing mail settings, naming every problem at once. The jar started without a
 * profile is such a start; {@code ./mvnw spring-boot:run} runs the demo profile (the plugin's configuration).
 * Registered in {@code META-INF/spring.factories}; {@link ProductionGuard} checks the accounts once the
 * database is up.
 */
public class ProductionSettingsGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (env.acceptsProfiles(Profiles.of("demo | test"))) {
            return;
        }
        List<String> problems = problems(env);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Production start refused (profiles " + List.of(env.getActiveProfiles())
                    + "; for the demo use --spring.profiles.active=demo): " + String.join("; ", problems));
        }
    }

    static List<String> problems(ConfigurableEnvironment env) {
        List<String> problems = new ArrayList<>();
        if (env.getProperty("kompetensresan.demo.enabled", Boolean.class, false)) {
            problems.add("kompetensresan.demo.enabled is true (demo data)");
        }
        String url = env.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:")) {
            problems.add("spring.datasource.url is an H2 database (" + url + "); set DATABASE_URL to PostgreSQL");
        }
        if (env.getProperty("spring.datasource.password", "").isBlank()) {
            problems.add("spring.datasource.password is empty; set DATABASE_PASSWORD");
        }
        String baseUrl = env.getProperty("kompetensresan.company.base-url", "http://localhost:8080");
        if (isLocal(baseUrl)) {
            problems.add("kompetensresan.company.base-url is " + baseUrl + " (links in e-mail); set the public address");
        }
        if (env.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("spring.mail.host is empty: no e-mail would leave the outbox");
        }
        if (env.getProperty("kompetensresan.mail.from", "").isBlank()) {
            problems.add("kompetensresan.mail.from is empty (the sender address of every e-mail)");
        }
        return problems;
    }

    private static boolean isLocal(String baseUrl) {
        try {
            String host = URI.create(baseUrl.strip()).getHost();
            return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]")
                    || host.equals("0.0.0.0");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
