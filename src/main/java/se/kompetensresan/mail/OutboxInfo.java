package se.kompetensresan.mail;

import java.time.Instant;

/** An outbox message as the admin view shows it. */
public record OutboxInfo(long id, String to, String subject, String body, MailStatus status, int attempts,
                         String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
}
