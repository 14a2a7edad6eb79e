package se.kompetensresan.participant;

import java.time.YearMonth;

/** A correction of a locked month: whole hours (negative to take away) on an activity, with the reason. */
public record AdjustmentForm(long participantId, long activityId, YearMonth originalMonth, Integer hours, String reason) {
}
