package se.kompetensresan.participant;

import se.kompetensresan.shared.UserMessageException;

import java.util.regex.Pattern;

/** Input rules shared by the module's services: trimmed text, lengths, e-mail addresses. */
final class Texts {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_COMMENT = 1000;

    private Texts() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static String required(String s, String key) {
        String t = clean(s);
        if (t == null) {
            throw new UserMessageException(key);
        }
        return t;
    }

    static String maxLength(String s, int max, String key) {
        if (s != null && s.length() > max) {
            throw new UserMessageException(key, max);
        }
        return s;
    }

    static String email(String s) {
        String t = required(s, "participant.error.email.required");
        maxLength(t, MAX_EMAIL, "participant.error.email.length");
        if (!EMAIL.matcher(t).matches()) {
            throw new UserMessageException("participant.error.email.invalid");
        }
        return t;
    }
}
