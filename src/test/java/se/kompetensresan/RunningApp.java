package se.kompetensresan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port with its job executor on (timers and asynchronous steps run by themselves),
 * for the tests that talk HTTP to it or drive it in a browser. One configuration, so they all share one application
 * context per test JVM instead of starting one each.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=true", "vaadin.devmode.liveReload.enabled=false",
                "kompetensresan.journey.follow-up-delay=PT5S"})
@ActiveProfiles("test")
public @interface RunningApp {
}
