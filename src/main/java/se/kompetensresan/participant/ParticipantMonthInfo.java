package se.kompetensresan.participant;

import se.kompetensresan.shared.Gender;

import java.time.Instant;
import java.time.YearMonth;

/** A participant's month as the lists show it. */
public record ParticipantMonthInfo(long id, long participantId, String participantName, Gender gender, long companyId,
                                   String companyName, YearMonth month, MonthStatus status, int hours,
                                   Integer signedHours, Instant sentAt, Instant remindedAt, Instant answeredAt,
                                   String disputeComment) {
}
