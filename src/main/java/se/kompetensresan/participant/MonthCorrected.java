package se.kompetensresan.participant;

/** Published when the company has corrected a disputed month and sent it to the participant again (ids only). */
public record MonthCorrected(long companyId, long participantMonthId) {
}
