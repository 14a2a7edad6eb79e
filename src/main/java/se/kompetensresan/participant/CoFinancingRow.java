package se.kompetensresan.participant;

import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One signed participant-month as co-financing: its signed hours × the project's unit cost of that year. */
public record CoFinancingRow(long projectId, long subprojectId, long companyId, String companyName, long participantId,
                             String participantName, Gender gender, YearMonth month, int hours,
                             BigDecimal unitCost, BigDecimal amount) {
}
