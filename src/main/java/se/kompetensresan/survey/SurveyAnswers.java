package se.kompetensresan.survey;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored answers of one response, generically: (question key, row code, part) → value. Plain questions
 * use row "" and part ""; a competence-matrix row uses the area code as row and the parts
 * {@code current}, {@code required}, {@code priority}, {@code employees}; a multiple choice stores its option keys
 * comma-separated. A matrix answered per role group stores {@code groups} as the matrix question's own value, each
 * group's rows under the row {@code <area>@<group>} and a group the company does not have as the row
 * {@code @<group>} with the part {@code absent}.
 */
public final class SurveyAnswers {

    public static final String CURRENT = "current";
    public static final String REQUIRED = "required";
    public static final String PRIORITY = "priority";
    public static final String EMPLOYEES = "employees";
    public static final String ABSENT = "absent";
    /** The matrix question's own value when it is answered per role group. */
    public static final String PER_GROUP = "groups";

    public static final SurveyAnswers NONE = new SurveyAnswers(Map.of());

    private final Map<String, String> values;

    public SurveyAnswers(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static String key(String questionKey, String row, String part) {
        return questionKey + "\u0001" + (row == null ? "" : row) + "\u0001" + (part == null ? "" : part);
    }

    /** The answer of a plain question (option key, number, text), null when unanswered. */
    public String value(String questionKey) {
        return values.get(key(questionKey, "", ""));
    }

    /** The chosen option keys of a multiple-choice question. */
    public List<String> choices(String questionKey) {
        String v = value(questionKey);
        return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
    }

    public MatrixRow row(String questionKey, String areaCode) {
        String p = values.get(key(questionKey, areaCode, PRIORITY));
        return new MatrixRow(integer(values.get(key(questionKey, areaCode, CURRENT))),
                integer(values.get(key(questionKey, areaCode, REQUIRED))),
                p == null ? null : Priority.valueOf(p),
                integer(values.get(key(questionKey, areaCode, EMPLOYEES))));
    }

    /** The row code of one area of one role group. */
    public static String groupRow(String areaCode, String groupKey) {
        return areaCode + "@" + groupKey;
    }

    /** The row code of a role group's own answers (whether the company has it). */
    public static String groupOnly(String groupKey) {
        return "@" + groupKey;
    }

    /** Whether the matrix question is answered per role group. */
    public boolean perGroup(String matrixKey) {
        return PER_GROUP.equals(value(matrixKey));
    }

    /** One role group's answer to one area. */
    public MatrixRow row(String questionKey, String areaCode, String groupKey) {
        return groupKey == null ? row(questionKey, areaCode) : row(questionKey, groupRow(areaCode, groupKey));
    }

    /** Whether the company said it has no one in the role group ("finns inte hos oss"). */
    public boolean groupAbsent(String matrixKey, String groupKey) {
        return values.get(key(matrixKey, groupOnly(groupKey), ABSENT)) != null;
    }

    /** The role groups the company has (not marked absent), in questionnaire order. */
    public List<RoleGroup> presentGroups(String matrixKey, List<RoleGroup> groups) {
        return groups.stream().filter(g -> !groupAbsent(matrixKey, g.key())).toList();
    }

    /**
     * The company's answer to one area: the single answer, or (answered per role group) the total of the groups
     * the company has that answered both levels: the mean of their levels rounded half up to a whole level, the
     * employees concerned added, the highest priority. Empty when no such group answered.
     */
    public MatrixRow total(String matrixKey, String areaCode, List<RoleGroup> groups) {
        if (groups.isEmpty() || !perGroup(matrixKey)) {
            return row(matrixKey, areaCode);
        }
        List<MatrixRow> rows = presentGroups(matrixKey, groups).stream()
                .map(g -> row(matrixKey, areaCode, g.key())).filter(MatrixRow::complete).toList();
        if (rows.isEmpty()) {
            return MatrixRow.EMPTY;
        }
        int current = (int) Math.round(rows.stream().mapToInt(MatrixRow::currentLevel).average().orElseThrow());
        int required = (int) Math.round(rows.stream().mapToInt(MatrixRow::requiredLevel).average().orElseThrow());
        Integer employees = rows.stream().allMatch(r -> r.employeesConcerned() == null) ? null
                : rows.stream().mapToInt(r -> r.employeesConcerned() == null ? 0 : r.employeesConcerned()).sum();
        Priority priority = rows.stream().map(MatrixRow::priority).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
        return new MatrixRow(current, required, priority, employees);
    }

    /** Whether the question has an answer: a value, or (matrix) any row with something in it. */
    public boolean answered(Question q) {
        if (q.type() == QuestionType.COMPETENCE_MATRIX) {
            String prefix = q.key() + "\u0001";
            return values.keySet().stream().anyMatch(k -> k.startsWith(prefix));
        }
        return value(q.key()) != null;
    }

    public Map<String, String> asMap() {
        return values;
    }

    private static Integer integer(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SurveyAnswers a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
