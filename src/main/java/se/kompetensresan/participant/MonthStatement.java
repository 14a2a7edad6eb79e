package se.kompetensresan.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the participant sees on the signing page: their own month only (activity, dates, hours, employer), the
 * adjustments booked in it, the total and until when the link works.
 */
public record MonthStatement(String participantName, String employer, YearMonth month, List<Day> days,
                             List<Adjustment> adjustments, int total, MonthStatus status, Instant linkExpiresAt,
                             String language) {

    public record Day(String course, LocalDate date, int hours) {
    }

    public record Adjustment(String course, YearMonth originalMonth, int hours, String reason) {
    }
}
