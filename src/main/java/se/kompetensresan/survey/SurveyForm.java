package se.kompetensresan.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A response as the survey form shows it: the questionnaire version it is pinned to, the stored answers, the
 * version to send back with the next change, who answers each section ({@code owners}: sections given to a
 * colleague; the others are the contact's) and which sections the current user may change while it is a draft
 * (the contact: all; a colleague: the sections given to them; anyone else: none). {@code editable} is true when
 * the user may change some section; {@code contact} when the user is the company's contact, who gives sections
 * to colleagues and submits ({@code contactUserId}, 0 when the company has no users, and {@code contactName}).
 */
public record SurveyForm(long id, long companyId, String companyName, SurveyRound round, SurveyStatus status,
                         long version, long questionnaireId, String questionnaireVersion,
                         QuestionnaireDefinition questionnaire, SurveyAnswers values, Instant submittedAt,
                         String submittedBy, boolean editable, boolean contact, Set<String> editableSections,
                         Map<String, SectionOwner> owners, long contactUserId, String contactName) {

    public SurveyForm {
        editableSections = Set.copyOf(editableSections);
        owners = Map.copyOf(owners);
    }

    /** A read-only form of a questionnaire without answers (the editor's preview). */
    public static SurveyForm preview(long questionnaireId, String label, QuestionnaireDefinition questionnaire) {
        return new SurveyForm(0, 0, "", SurveyRound.FIRST, SurveyStatus.DRAFT, 0, questionnaireId, label,
                questionnaire, SurveyAnswers.NONE, null, null, false, false, Set.of(), Map.of(), 0, "");
    }

    /** The colleague a section is given to. */
    public record SectionOwner(long userId, String name) {
    }

    /**
     * Something that has to be answered before submitting: a question, or one row of a matrix (of one role group
     * when the matrix is answered per group).
     */
    public record Missing(String sectionKey, String questionKey, String areaCode, String groupKey) {
        public Missing(String sectionKey, String questionKey, String areaCode) {
            this(sectionKey, questionKey, areaCode, null);
        }
    }

    /** One (area, role group) pair of a matrix that is to be answered; both null: no group is present. */
    public record MatrixItem(String areaCode, String groupKey) {
    }

    /** Whether the current user may change the section now. */
    public boolean editable(Section s) {
        return editableSections.contains(s.key());
    }

    /** The colleague who answers the section, empty when the contact does. */
    public Optional<SectionOwner> owner(Section s) {
        return Optional.ofNullable(owners.get(s.key()));
    }

    public List<RoleGroup> roleGroups() {
        return questionnaire.roleGroups();
    }

    /** Whether the matrix question is answered per role group (only when the questionnaire has groups). */
    public boolean perGroup(Question matrix) {
        return !roleGroups().isEmpty() && values.perGroup(matrix.key());
    }

    /** The company's answer to one area of the matrix (the single answer or the total of the role groups). */
    public MatrixRow total(Question matrix, String areaCode) {
        return values.total(matrix.key(), areaCode, roleGroups());
    }

    /** The items of a matrix question to be answered: its areas, or per group each area of each present group. */
    public List<MatrixItem> matrixItems(Question q) {
        return matrixItems(questionnaire, values, q);
    }

    static List<MatrixItem> matrixItems(QuestionnaireDefinition d, SurveyAnswers values, Question q) {
        if (d.roleGroups().isEmpty() || !values.perGroup(q.key())) {
            return q.areas().stream().map(a -> new MatrixItem(a.code(), null)).toList();
        }
        List<RoleGroup> present = values.presentGroups(q.key(), d.roleGroups());
        if (present.isEmpty()) {
            return List.of(new MatrixItem(null, null));
        }
        List<MatrixItem> items = new ArrayList<>();
        for (RoleGroup g : present) {
            q.areas().forEach(a -> items.add(new MatrixItem(a.code(), g.key())));
        }
        return items;
    }

    private static boolean complete(SurveyAnswers values, Question q, MatrixItem i) {
        return i.areaCode() != null && values.row(q.key(), i.areaCode(), i.groupKey()).complete();
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
            MatrixRow r = total(q, a.code());
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
                .mapToInt(q -> q.type() == QuestionType.COMPETENCE_MATRIX ? matrixItems(q).size() : 1).sum();
    }

    /** The answered items of a section (a matrix row counts when both levels are given). */
    public int answeredItems(Section s) {
        return s.questions().stream().filter(this::visible).mapToInt(q -> q.type() == QuestionType.COMPETENCE_MATRIX
                ? (int) matrixItems(q).stream().filter(i -> complete(values, q, i)).count()
                : values.value(q.key()) != null ? 1 : 0).sum();
    }

    /** The required items of a section shown with the current answers (its progress: answered of required). */
    public int requiredItems(Section s) {
        return s.questions().stream().filter(q -> q.required() && visible(q))
                .mapToInt(q -> q.type() == QuestionType.COMPETENCE_MATRIX ? matrixItems(q).size() : 1).sum();
    }

    /** The answered required items of a section. */
    public int answeredRequiredItems(Section s) {
        return requiredItems(s) - (int) missing().stream().filter(m -> m.sectionKey().equals(s.key())).count();
    }

    /** Whether every required item of the section is answered. */
    public boolean done(Section s) {
        return missing().stream().noneMatch(m -> m.sectionKey().equals(s.key()));
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
                    matrixItems(d, values, q).stream().filter(i -> !complete(values, q, i))
                            .forEach(i -> missing.add(new Missing(s.key(), q.key(), i.areaCode(), i.groupKey())));
                } else if (values.value(q.key()) == null) {
                    missing.add(new Missing(s.key(), q.key(), null));
                }
            }
        }
        return missing;
    }
}
