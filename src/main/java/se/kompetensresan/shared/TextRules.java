package se.kompetensresan.shared;

/**
 * The text checks every service applies to what a user typed: surrounding blanks go, an empty text is absent,
 * a text longer than its limit is refused (never cut).
 */
public final class TextRules {

    private TextRules() {
    }

    /** The text without surrounding blanks; null when nothing is left. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Refuses a text over {@code max} characters with the message key (argument: the limit). */
    public static void maxLength(String s, int max, String key) {
        if (s != null && s.length() > max) {
            throw new UserMessageException(key, max);
        }
    }

    /** The cleaned text, refused when absent ({@code emptyKey}) or over {@code max} characters ({@code tooLongKey}). */
    public static String required(String s, int max, String emptyKey, String tooLongKey) {
        String t = clean(s);
        if (t == null) {
            throw new UserMessageException(emptyKey);
        }
        maxLength(t, max, tooLongKey);
        return t;
    }

    /** The cleaned text (or null), refused when over {@code max} characters. */
    public static String optional(String s, int max, String tooLongKey) {
        String t = clean(s);
        maxLength(t, max, tooLongKey);
        return t;
    }
}
