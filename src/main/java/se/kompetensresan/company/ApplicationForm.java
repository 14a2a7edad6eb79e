package se.kompetensresan.company;

import java.math.BigDecimal;

/**
 * What a company types into the public onboarding form. Everything is checked by
 * {@link OnboardingService#apply(ApplicationForm)}; numbers may be null when the field was left empty.
 * {@code sniCodes} is the text as typed ("25.620, 28.110"), the first code is the main one.
 */
public record ApplicationForm(Long projectId, String organisationNumber, String name, String visitingAddress,
                              String postalCode, String town, String municipalityCode, String sniCodes,
                              Integer employeesWomen, Integer employeesMen, TurnoverClass turnoverClass,
                              String contactName, String contactEmail, String contactPhone, boolean consent,
                              BigDecimal deMinimisEur, String language) {
}
