package se.kompetensresan.participant;

import java.time.Instant;
import java.time.YearMonth;

/** An adjustment of a locked month, booked in {@code month}, referring to {@code originalMonth}. */
public record AdjustmentInfo(long id, long participantId, long activityId, String courseName, YearMonth month,
                             YearMonth originalMonth, int hours, String reason, String createdBy, Instant createdAt) {
}
