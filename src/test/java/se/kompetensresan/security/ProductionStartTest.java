package se.kompetensresan.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import se.kompetensresan.KompetensresanApplication;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started as production (profile prod, or no profile at all) refuses each unsafe setting before
 * anything else starts; a start with every setting right gets past the settings check.
 */
class ProductionStartTest {

    static Map<String, Object> good() {
        Map<String, Object> p = new HashMap<>();
        p.put("spring.datasource.url", "jdbc:postgresql://db.region.example:5432/kompetensresan");
        p.put("spring.datasource.password", "s3cret-from-the-vault");
        p.put("kompetensresan.company.base-url", "https://kompetensresan.region.example");
        p.put("spring.mail.host", "smtp.region.example");
        p.put("kompetensresan.mail.from", "noreply@region.example");
        return p;
    }

    private static Throwable start(Map<String, Object> properties, String... profiles) {
        try {
            new SpringApplicationBuilder(KompetensresanApplication.class).web(WebApplicationType.NONE)
                    .profiles(profiles).logStartupInfo(false)
                    .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                            .toArray(String[]::new)).close();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    private static void refused(String property, Object value, String expected) {
        Map<String, Object> p = good();
        p.put(property, value);
        Throwable t = start(p, "prod");
        assertThat(t).as(property + "=" + value).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Production start refused").hasMessageContaining(expected);
    }

    @Test
    void prodRefusesDemoDataH2AnEmptyPasswordALocalhostAddressAndMissingMail() {
        refused("kompetensresan.demo.enabled", "true", "demo data");
        refused("spring.datasource.url", "jdbc:h2:file:./data/kompetensresan", "H2");
        refused("spring.datasource.password", "", "DATABASE_PASSWORD");
        refused("kompetensresan.company.base-url", "http://localhost:8080", "base-url");
        refused("kompetensresan.company.base-url", "http://127.0.0.1", "base-url");
        refused("spring.mail.host", "", "spring.mail.host");
        refused("kompetensresan.mail.from", "", "kompetensresan.mail.from");
    }

    @Test
    void theJarWithoutAProfileIsAProductionStartAndRefusesTheDemoDefaults() {
        Throwable t = start(Map.of());
        assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining("H2")
                .hasMessageContaining("spring.mail.host");
    }

    @Test
    void goodSettingsPassTheSettingsCheck() {
        // the start goes on to the database (none there): whatever fails next, it is not the settings check
        Map<String, Object> p = good();
        p.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
        p.put("spring.flyway.connect-retries", "0");
        Throwable t = start(p, "prod");
        assertThat(t).isNotNull();
        assertThat(t.getMessage() == null ? "" : t.getMessage()).doesNotStartWith("Production start refused");
    }
}
