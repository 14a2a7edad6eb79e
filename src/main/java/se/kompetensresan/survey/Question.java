package se.kompetensresan.survey;

import java.util.List;
import java.util.Optional;
import se.kompetensresan.shared.CompetenceAreas;

/**
 * One question of a questionnaire. Type-specific settings: {@code options} (single/multiple choice),
 * {@code min}/{@code max} (scale, number), {@code minLabel}/{@code maxLabel} (scale), {@code maxLength} (free text),
 * {@code areas} (competence matrix). {@code condition} (optional) shows the question only when an earlier answer
 * matches. A hidden question is never required and its answer is cleared.
 */
public record Question(String key, QuestionType type, LocalizedText text, LocalizedText help, boolean required,
                       List<ChoiceOption> options, Integer min, Integer max, LocalizedText minLabel,
                       LocalizedText maxLabel, Integer maxLength, List<MatrixArea> areas, Condition condition) {

    public static final int DEFAULT_MAX_LENGTH = 2000;
    /** The largest maxLength a free-text question may have. */
    public static final int MAX_MAX_LENGTH = 4000;

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** A new question of the type with sensible defaults. */
    public static Question create(String key, QuestionType type, LocalizedText text) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Question(key, type, text, null, false,
                    List.of(new ChoiceOption("a", LocalizedText.of("Alternativ A", "Option A")),
                            new ChoiceOption("b", LocalizedText.of("Alternativ B", "Option B"))),
                    null, null, null, null, null, null, null);
            case SCALE -> new Question(key, type, text, null, false, null, 1, 5,
                    LocalizedText.of("Instämmer inte alls", "Strongly disagree"),
                    LocalizedText.of("Instämmer helt", "Strongly agree"), null, null, null);
            case NUMBER -> new Question(key, type, text, null, false, null, 0, 10_000, null, null, null, null, null);
            case FREE_TEXT -> new Question(key, type, text, null, false, null, null, null, null, null,
                    DEFAULT_MAX_LENGTH, null, null);
            case COMPETENCE_MATRIX -> new Question(key, type, text, null, true, null, null, null, null, null, null,
                    CompetenceAreas.ALL.stream().map(c -> new MatrixArea(c, null)).toList(),
                    null);
        };
    }

    public int effectiveMaxLength() {
        return maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
    }

    public Optional<ChoiceOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    public boolean hasArea(String code) {
        return areas.stream().anyMatch(a -> a.code().equals(code));
    }

    public Question withText(LocalizedText t) {
        return new Question(key, type, t, help, required, options, min, max, minLabel, maxLabel, maxLength, areas, condition);
    }

    public Question withRequired(boolean r) {
        return new Question(key, type, text, help, r, options, min, max, minLabel, maxLabel, maxLength, areas, condition);
    }

    public Question withOptions(List<ChoiceOption> o) {
        return new Question(key, type, text, help, required, o, min, max, minLabel, maxLabel, maxLength, areas, condition);
    }

    public Question withRange(Integer newMin, Integer newMax) {
        return new Question(key, type, text, help, required, options, newMin, newMax, minLabel, maxLabel, maxLength, areas, condition);
    }

    public Question withMaxLength(Integer m) {
        return new Question(key, type, text, help, required, options, min, max, minLabel, maxLabel, m, areas, condition);
    }

    public Question withAreas(List<MatrixArea> a) {
        return new Question(key, type, text, help, required, options, min, max, minLabel, maxLabel, maxLength, a, condition);
    }

    public Question withCondition(Condition c) {
        return new Question(key, type, text, help, required, options, min, max, minLabel, maxLabel, maxLength, areas, c);
    }
}
