package se.kompetensresan.shared;

import java.util.Optional;

/**
 * A Swedish organisationsnummer: 10 digits (an optional hyphen after the sixth), digits 3–4 at least 20,
 * and a Luhn check digit. The first digit tells the legal form.
 */
public record OrganisationNumber(String digits) {

    public OrganisationNumber {
        if (problem(digits).isPresent()) {
            throw new IllegalArgumentException("invalid organisation number: " + digits);
        }
    }

    /** Parses "556036-0793" or "5560360793"; throws {@link UserMessageException} with the reason's key. */
    public static OrganisationNumber parse(String text) {
        String d = normalise(text);
        Optional<String> p = problem(d);
        if (p.isPresent()) {
            throw new UserMessageException(p.get());
        }
        return new OrganisationNumber(d);
    }

    /** The message key saying what is wrong with the text, or empty when it is a valid number. */
    public static Optional<String> validate(String text) {
        return problem(normalise(text));
    }

    private static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        if (t.length() == 11 && t.charAt(6) == '-') {
            t = t.substring(0, 6) + t.substring(7);
        }
        return t;
    }

    private static Optional<String> problem(String d) {
        if (d == null || !d.matches("\\d{10}")) {
            return Optional.of("shared.orgnr.format");
        }
        if (Integer.parseInt(d.substring(2, 4)) < 20) {
            return Optional.of("shared.orgnr.month");
        }
        if (!Luhn.valid(d)) {
            return Optional.of("shared.orgnr.checkdigit");
        }
        return Optional.empty();
    }

    /** Message key of the legal form given by the first digit (e.g. 5 = aktiebolag). */
    public String legalFormKey() {
        return "shared.legalform." + digits.charAt(0);
    }

    /** NNNNNN-NNNN. */
    public String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
