package se.kompetensresan.survey;

/** Published (synchronously, inside the submitting transaction) when a company submits a survey response. */
public record SurveySubmitted(long responseId, long companyId, SurveyRound round) {
}
