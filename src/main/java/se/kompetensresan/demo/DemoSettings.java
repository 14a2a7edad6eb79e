package se.kompetensresan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Demo data settings: on in the demo profile (the default), off everywhere else. */
@ConfigurationProperties("kompetensresan.demo")
record DemoSettings(boolean enabled, String password) {
}
