package se.kompetensresan.participant;

import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The rules of the hours ledger, without a database (ESF's rules for programme area 1):
 * <ul>
 * <li>only whole hours count. 1,5 is refused with a message that ESF counts it as 1 (rounds down), never silently
 *     rounded: the company types what it means;</li>
 * <li>the date lies within the activity's period and not in the future;</li>
 * <li>at most {@value #MAX_HOURS_PER_DAY} hours per participant and day, summed over every activity;</li>
 * <li>the participant is registered on the activity and active (between start and end) on that date;</li>
 * <li>a month the participant has been sent or has signed changes only after a reopening with a reason, and a
 *     locked month (in a payment claim) never: its corrections are adjustments in a later month.</li>
 * </ul>
 */
public final class LedgerRules {

    public static final int MAX_HOURS_PER_DAY = 13;

    /** Where the participant's month stands for changes. */
    enum MonthState { EDITABLE, AWAITING_SIGNATURE, SIGNED, LOCKED }

    /** Everything one change of one cell is judged on. */
    record Change(int hours, LocalDate day, LocalDate today, LocalDate activityStart, LocalDate activityEnd,
                  boolean registered, LocalDate participantStart, LocalDate participantEnd,
                  int otherHoursThatDay, MonthState month) {
    }

    private LedgerRules() {
    }

    /** Hours as typed: empty is 0 (no attendance); whole hours from 0 to 13; "1,5" and "1.5" are refused. */
    static int parseHours(String text) {
        String t = text == null ? "" : text.strip().replace(',', '.');
        if (t.isEmpty()) {
            return 0;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new UserMessageException("participant.error.hours.number");
        }
        if (d.signum() < 0) {
            throw new UserMessageException("participant.error.hours.negative");
        }
        if (d.stripTrailingZeros().scale() > 0) {
            throw new UserMessageException("participant.error.hours.whole", d.setScale(0, RoundingMode.DOWN).intValue());
        }
        if (d.compareTo(BigDecimal.valueOf(MAX_HOURS_PER_DAY)) > 0) {
            throw new UserMessageException("participant.error.hours.max", MAX_HOURS_PER_DAY);
        }
        return d.intValueExact();
    }

    /** Refuses a change that breaks a rule, with the reason as a message key. */
    static void check(Change c) {
        switch (c.month()) {
            case LOCKED -> throw new UserMessageException("participant.error.month.locked");
            case AWAITING_SIGNATURE -> throw new UserMessageException("participant.error.month.sent");
            case SIGNED -> throw new UserMessageException("participant.error.month.signed");
            case EDITABLE -> {
            }
        }
        if (c.hours() == 0) {
            return; // removing hours needs no more than an open month
        }
        if (c.hours() < 0 || c.hours() > MAX_HOURS_PER_DAY) {
            throw new UserMessageException("participant.error.hours.max", MAX_HOURS_PER_DAY);
        }
        if (!c.registered()) {
            throw new UserMessageException("participant.error.notRegistered");
        }
        if (c.day().isAfter(c.today())) {
            throw new UserMessageException("participant.error.day.future");
        }
        if (c.day().isBefore(c.activityStart()) || c.day().isAfter(c.activityEnd())) {
            throw new UserMessageException("participant.error.day.outsideActivity", c.activityStart(), c.activityEnd());
        }
        if (c.day().isBefore(c.participantStart()) || (c.participantEnd() != null && c.day().isAfter(c.participantEnd()))) {
            throw new UserMessageException("participant.error.notActive");
        }
        if (c.otherHoursThatDay() + c.hours() > MAX_HOURS_PER_DAY) {
            throw new UserMessageException("participant.error.day.tooMany", MAX_HOURS_PER_DAY, c.otherHoursThatDay());
        }
    }
}
