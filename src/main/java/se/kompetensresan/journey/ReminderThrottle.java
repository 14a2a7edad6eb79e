package se.kompetensresan.journey;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Against spamming a company: a reminder sent now by hand waits until {@code interval} has passed since the task's
 * last reminder (the process's own or a coach's).
 */
record ReminderThrottle(Duration interval) {

    /** When the next reminder may be sent, if it may not be sent now; empty when it may (or none was ever sent). */
    Optional<Instant> notBefore(Instant lastReminder, Instant now) {
        if (lastReminder == null) {
            return Optional.empty();
        }
        Instant next = lastReminder.plus(interval);
        return next.isAfter(now) ? Optional.of(next) : Optional.empty();
    }
}
