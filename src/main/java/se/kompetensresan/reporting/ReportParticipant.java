package se.kompetensresan.reporting;

import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.shared.Gender;

import java.time.LocalDate;

/** A row of a drill-down list of participants (never the personnummer). */
public record ReportParticipant(long id, String name, long companyId, String companyName, Gender gender,
                                AgeBand ageBand, LocalDate startDate, LocalDate endDate) {
}
