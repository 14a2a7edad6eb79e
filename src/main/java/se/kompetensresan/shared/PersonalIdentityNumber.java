package se.kompetensresan.shared;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;

/**
 * A Swedish personnummer or samordningsnummer, validated by the personnummer library; the gender is
 * read from the ninth digit. Stored as 12 digits (YYYYMMDDNNNN).
 */
public record PersonalIdentityNumber(String twelveDigits) {

    /** Parses any common form (YYMMDD-NNNN, YYYYMMDDNNNN, …); throws {@link UserMessageException} if invalid. */
    public static PersonalIdentityNumber parse(String text) {
        try {
            Personnummer p = Personnummer.parse(text == null ? "" : text.strip(), new Options(true));
            String twelve = p.format(true).replace("-", "").replace("+", "");
            if (!twelve.matches("\\d{12}") || !realBirthDate(twelve)) {
                throw new UserMessageException("shared.pnr.invalid");
            }
            return new PersonalIdentityNumber(twelve);
        } catch (PersonnummerException | RuntimeException e) {
            throw new UserMessageException("shared.pnr.invalid");
        }
    }

    /** Whether the first eight digits are a date (a samordningsnummer has 60 added to the day, which may be 0). */
    private static boolean realBirthDate(String twelve) {
        int year = Integer.parseInt(twelve.substring(0, 4));
        int month = Integer.parseInt(twelve.substring(4, 6));
        int day = Integer.parseInt(twelve.substring(6, 8));
        if (day > 60) {
            day -= 60;
        }
        try {
            java.time.LocalDate.of(year, month, day == 0 ? 1 : day);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (UserMessageException e) {
            return false;
        }
    }

    public Gender gender() {
        return (twelveDigits.charAt(10) - '0') % 2 == 0 ? Gender.WOMAN : Gender.MAN;
    }

    /** YYYYMMDD-NNNN. */
    public String formatted() {
        return twelveDigits.substring(0, 8) + "-" + twelveDigits.substring(8);
    }

    /** YYYYMMDD-XXXX: enough to tell people apart on screen without showing the whole number. */
    public String masked() {
        return twelveDigits.substring(0, 8) + "-XXXX";
    }
}
