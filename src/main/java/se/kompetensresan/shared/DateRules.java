package se.kompetensresan.shared;

import java.time.LocalDate;

/**
 * The date check every service applies to a date a user typed or picked: it must lie in the years the product can
 * mean and the database keeps as typed ({@link #EARLIEST}–{@link #LATEST}); a date outside them (year 1, 9999 or
 * further out) is refused beside its field, never stored changed.
 */
public final class DateRules {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private DateRules() {
    }

    /** Whether the date (absent counts as in range) lies within {@link #EARLIEST}–{@link #LATEST}. */
    public static boolean inRange(LocalDate d) {
        return d == null || (!d.isBefore(EARLIEST) && !d.isAfter(LATEST));
    }

    /** Refuses a date outside {@link #EARLIEST}–{@link #LATEST} with the message key (arguments: the two limits). */
    public static void inRange(LocalDate d, String key) {
        if (!inRange(d)) {
            throw new UserMessageException(key, EARLIEST.toString(), LATEST.toString());
        }
    }
}
