package se.kompetensresan;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application of {@link RunningApp} with the demo world loaded (its users sign in with "demo"). One
 * configuration for the tests that look at the demo, so that they share one application context per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RunningApp
@TestPropertySource(properties = {"kompetensresan.demo.enabled=true", "kompetensresan.demo.password=demo"})
public @interface DemoApp {
}
