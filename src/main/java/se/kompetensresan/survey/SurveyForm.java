package se.kompetensresan.survey;

import java.time.Instant;
import java.util.List;

/**
 * A response as the survey form shows it: one answer per competence area of the questionnaire (in
 * questionnaire order, empty when not yet answered), the two free-text questions and the version to
 * send back with the next change. {@code editable} is true only for the company's own users while the
 * response is a draft.
 */
public record SurveyForm(long id, long companyId, String companyName, SurveyRound round, SurveyStatus status,
                         long version, String questionnaireVersion, List<AreaAnswer> answers,
                         String recruitmentNeeds, String hardestRoles, Instant submittedAt, String submittedBy,
                         boolean editable) {

    public SurveyForm {
        answers = List.copyOf(answers);
    }

    /** Nuläge, behov and the number of employees concerned for one area; null where not answered. */
    public record AreaAnswer(String areaCode, Integer currentLevel, Integer requiredLevel, Integer employeesConcerned) {
        /** Both levels are given. */
        public boolean complete() {
            return currentLevel != null && requiredLevel != null;
        }
    }

    public int answeredAreas() {
        return (int) answers.stream().filter(AreaAnswer::complete).count();
    }

    public int totalAreas() {
        return answers.size();
    }

    /** Codes of the areas that still lack a level. */
    public List<String> missingAreas() {
        return answers.stream().filter(a -> !a.complete()).map(AreaAnswer::areaCode).toList();
    }
}
