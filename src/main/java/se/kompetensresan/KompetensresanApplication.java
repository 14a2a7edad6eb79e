package se.kompetensresan;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Kompetensresan: competence journeys for ESF competence-development projects. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("kompetensresan")
public class KompetensresanApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(KompetensresanApplication.class, args);
    }

    /** The one source of time; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
