package se.kompetensresan.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * Shows a question only when an earlier question's answer matches: EQUALS (the answer is exactly the value,
 * e.g. an option key), CONTAINS (a chosen option of a multiple choice, or a substring of a text, ignoring case),
 * GREATER_THAN (a number or scale answer greater than the value).
 */
public record Condition(String questionKey, Operator operator, String value) {

    public enum Operator {
        EQUALS, CONTAINS, GREATER_THAN
    }

    /** Whether the referenced question's answer ({@code null} when unanswered) satisfies the condition. */
    public boolean matches(String answer) {
        if (answer == null || value == null) {
            return false;
        }
        return switch (operator) {
            case EQUALS -> answer.equals(value);
            case CONTAINS -> List.of(answer.split(",")).contains(value)
                    || answer.toLowerCase().contains(value.toLowerCase());
            case GREATER_THAN -> {
                try {
                    yield new BigDecimal(answer.trim()).compareTo(new BigDecimal(value.trim())) > 0;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
        };
    }
}
