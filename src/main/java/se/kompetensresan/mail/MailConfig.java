package se.kompetensresan.mail;

import org.springframework.context.annotation.Configuration;

/** The outbox sender runs on a fixed delay (scheduling and its lock: {@code shared.SchedulerLockConfig}). */
@Configuration
class MailConfig {
}
