package se.kompetensresan.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A response as the survey form shows it: the questionnaire version it is pinned to, the stored answers and the
 * version to send back with the next change. {@code editable} is true only for the company's own users while the
 * response is a draft.
 */
public record SurveyForm(long id, long companyId, String companyName, SurveyRound round, SurveyStatus status,
                         long version, long questionnaireId, String questionnaireVersion,
                         QuestionnaireDefinition questionnaire, SurveyAnswers values, Instant submittedAt,
                         String submittedBy, boolean editable) {

    /** A read-only form of a questionnaire without answers (the editor's preview). */
    public static SurveyForm preview(long questionnaireId, String label, QuestionnaireDefinition questionnaire) {
        return new SurveyForm(0, 0, "", SurveyRound.FIRST, SurveyStatus.DRAFT, 0, questionnaireId, label,
                questionnaire, SurveyAnswers.NONE, null, null, false);
    }

    /** Something that has to be answered before submitting: a question, or one row of a matrix. */
    public record Missing(String sectionKey, String questionKey, String areaCode) {
    }

    /** Nuläge, behov and the number of employees concerned for one matrix area; null where not answered. */
    public record AreaAnswer(String areaCode, Integer currentLevel, Integer requiredLevel, Integer employeesConcerned) {
        /** Both levels are given. */
        public boolean complete() {
            return currentLevel != null && requiredLevel != null;
        }
    }

    /** The competence-matrix rows (of the first matrix question), in questionnaire order. */
    public List<AreaAnswer> answers() {
        return questionnaire.matrix().map(q -> q.areas().stream().map(a -> {
            MatrixRow r = values.row(q.key(), a.code());
            return new AreaAnswer(a.code(), r.currentLevel(), r.requiredLevel(), r.employeesConcerned());
        }).toList()).orElse(List.of());
    }

    public int answeredAreas() {
        return (int) answers().stream().filter(AreaAnswer::complete).count();
    }

    public int totalAreas() {
        return answers().size();
    }

    /** Codes of the matrix areas that still lack a level. */
    public List<String> missingAreas() {
        return answers().stream().filter(a -> !a.complete()).map(AreaAnswer::areaCode).toList();
    }

    /** Whether the question is shown with the current answers. */
    public boolean visible(Question q) {
        return questionnaire.visible(q, values);
    }

    /** The answerable items of a section (a question, or a matrix row) shown with the current answers. */
    public int totalItems(Section s) {
        return s.questions().stream().filter(this::visible)
                .mapToInt(q -> q.type() == QuestionType.COMPETENCE_MATRIX ? q.areas().size() : 1).sum();
    }

    /** The answered items of a section (a matrix row counts when both levels are given). */
    public int answeredItems(Section s) {
        return s.questions().stream().filter(this::visible).mapToInt(q -> q.type() == QuestionType.COMPETENCE_MATRIX
                ? (int) q.areas().stream().filter(a -> values.row(q.key(), a.code()).complete()).count()
                : values.value(q.key()) != null ? 1 : 0).sum();
    }

    public int totalItems() {
        return questionnaire.sections().stream().mapToInt(this::totalItems).sum();
    }

    public int answeredItems() {
        return questionnaire.sections().stream().mapToInt(this::answeredItems).sum();
    }

    /** What still has to be answered: visible required questions without answer, incomplete rows of a required matrix. */
    public List<Missing> missing() {
        return missing(questionnaire, values);
    }

    static List<Missing> missing(QuestionnaireDefinition d, SurveyAnswers values) {
        List<Missing> missing = new ArrayList<>();
        for (Section s : d.sections()) {
            for (Question q : s.questions()) {
                if (!q.required() || !d.visible(q, values)) {
                    continue;
                }
                if (q.type() == QuestionType.COMPETENCE_MATRIX) {
                    q.areas().stream().filter(a -> !values.row(q.key(), a.code()).complete())
                            .forEach(a -> missing.add(new Missing(s.key(), q.key(), a.code())));
                } else if (values.value(q.key()) == null) {
                    missing.add(new Missing(s.key(), q.key(), null));
                }
            }
        }
        return missing;
    }
}
