package se.kompetensresan.company;

import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a company types into the public onboarding form. Everything is checked by
 * {@link OnboardingService#apply(ApplicationForm)}; numbers may be null when the field was left empty.
 * {@code sniCodes} is the text as typed ("25.620, 28.110"), the first code is the main one.
 * {@code deMinimisEurByYear} is the de minimis support already received, in EUR, one entry per fiscal year: the
 * current fiscal year first, then the one before, … ({@code kompetensresan.deminimis.years} entries; null where
 * nothing was typed).
 */
public record ApplicationForm(Long projectId, String organisationNumber, String name, String visitingAddress,
                              String postalCode, String town, String municipalityCode, String sniCodes,
                              Integer employeesWomen, Integer employeesMen, TurnoverClass turnoverClass,
                              String contactName, String contactEmail, String contactPhone, boolean consent,
                              List<BigDecimal> deMinimisEurByYear, String language) {

    public ApplicationForm {
        deMinimisEurByYear = deMinimisEurByYear == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(deMinimisEurByYear));
    }

    /**
     * A form whose de minimis support is one amount, taken as received in the current fiscal year (the latest
     * year, so that it counts for the whole window) and nothing in the years before: for callers that hold one
     * total (imports, tests). Null stays "not given" (for the current year).
     */
    public ApplicationForm(Long projectId, String organisationNumber, String name, String visitingAddress,
                           String postalCode, String town, String municipalityCode, String sniCodes,
                           Integer employeesWomen, Integer employeesMen, TurnoverClass turnoverClass,
                           String contactName, String contactEmail, String contactPhone, boolean consent,
                           BigDecimal deMinimisEur, String language) {
        this(projectId, organisationNumber, name, visitingAddress, postalCode, town, municipalityCode, sniCodes,
                employeesWomen, employeesMen, turnoverClass, contactName, contactEmail, contactPhone, consent,
                java.util.Arrays.asList(deMinimisEur, BigDecimal.ZERO, BigDecimal.ZERO), language);
    }

    /** The declared support over all the years given (null entries count as nothing). */
    public BigDecimal deMinimisEur() {
        return deMinimisEurByYear.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static final Pattern COUNT = Pattern.compile("\\d{1,3}( \\d{3})+|\\d{1,9}");
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}( \\d{3})+|\\d{1,13})([.,]\\d{1,2})?");

    /**
     * The whole number typed into a count field ("12", "1 200"); null when nothing was typed. Anything else is
     * refused ({@code company.error.employees.number}), never read as the number it resembles: "4O" is not 4.
     */
    public static Integer count(String typed) {
        String t = typed == null ? "" : typed.strip().replace('\u00a0', ' ');
        if (t.isEmpty()) {
            return null;
        }
        if (!COUNT.matcher(t).matches()) {
            throw new UserMessageException("company.error.employees.number", typed.strip());
        }
        return Integer.valueOf(t.replace(" ", ""));
    }

    /**
     * The amount typed ("12 500", "12500,50"); null when nothing was typed; anything else is refused
     * ({@code company.error.deminimis.number}) instead of being read as the digits in it.
     */
    public static BigDecimal amount(String typed) {
        String t = typed == null ? "" : typed.strip().replace('\u00a0', ' ');
        if (t.isEmpty()) {
            return null;
        }
        if (!AMOUNT.matcher(t).matches()) {
            throw new UserMessageException("company.error.deminimis.number", typed.strip());
        }
        return new BigDecimal(t.replace(" ", "").replace(',', '.'));
    }
}
