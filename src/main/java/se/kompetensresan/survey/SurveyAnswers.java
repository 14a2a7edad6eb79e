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
 * comma-separated.
 */
public final class SurveyAnswers {

    public static final String CURRENT = "current";
    public static final String REQUIRED = "required";
    public static final String PRIORITY = "priority";
    public static final String EMPLOYEES = "employees";

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

    /** Whether the question has an answer: a value, or (matrix) any row with something in it. */
    public boolean answered(Question q) {
        if (q.type() == QuestionType.COMPETENCE_MATRIX) {
            return q.areas().stream().anyMatch(a -> !row(q.key(), a.code()).isEmpty());
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
