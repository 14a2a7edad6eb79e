package se.kompetensresan.shared.logging;

import java.util.regex.Pattern;

/**
 * Removes e-mail addresses and Swedish personal identity numbers (personnummer, samordningsnummer — also the
 * org.nr of a sole trader, which is one) from a log line, so that no log holds them (GDPR; ASVS 7.1.1, 8.3.x).
 */
public final class PersonalDataMask {

    static final String EMAIL_MASK = "[e-mail]";
    static final String PIN_MASK = "[personnummer]";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** 6 or 8 digits, optional - or +, 4 digits; not part of a longer number. */
    private static final Pattern PIN = Pattern.compile("(?<![0-9])(?:19|20)?[0-9]{6}[-+]?[0-9]{4}(?![0-9])");

    private PersonalDataMask() {
    }

    public static String mask(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String s = line.indexOf('@') >= 0 ? EMAIL.matcher(line).replaceAll(EMAIL_MASK) : line;
        return PIN.matcher(s).replaceAll(PIN_MASK);
    }
}
