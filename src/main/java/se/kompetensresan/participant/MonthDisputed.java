package se.kompetensresan.participant;

/** Published when a participant answers "Något stämmer inte": the month goes back to the company (ids only). */
public record MonthDisputed(long companyId, long participantId, long participantMonthId) {
}
