package se.kompetensresan.journey;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderThrottleTest {

    private final ReminderThrottle hour = new ReminderThrottle(Duration.ofHours(1));
    private final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aTaskNeverRemindedMayBeRemindedNow() {
        assertThat(hour.notBefore(null, now)).isEmpty();
    }

    @Test
    void aReminderLessThanTheIntervalAgoHoldsTheNextUntilTheIntervalHasPassed() {
        assertThat(hour.notBefore(now.minus(Duration.ofMinutes(59)), now)).contains(now.plus(Duration.ofMinutes(1)));
    }

    @Test
    void aReminderExactlyTheIntervalAgoNoLongerHoldsTheNext() {
        assertThat(hour.notBefore(now.minus(Duration.ofHours(1)), now)).isEmpty();
        assertThat(hour.notBefore(now.minus(Duration.ofDays(2)), now)).isEmpty();
    }

    @Test
    void aZeroIntervalNeverHoldsAReminder() {
        assertThat(new ReminderThrottle(Duration.ZERO).notBefore(now, now)).isEmpty();
    }
}
