package se.kompetensresan.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender runs on a fixed delay. */
@Configuration
@EnableScheduling
class MailConfig {
}
