package se.kompetensresan.company;

/**
 * The fields of the onboarding form; a {@link FieldError} names one. The de minimis declaration has one field per
 * fiscal year: {@code DE_MINIMIS} for the current one, {@code DE_MINIMIS_1} for the year before, and so on.
 */
public enum ApplicationField {
    PROJECT, ORGANISATION_NUMBER, NAME, VISITING_ADDRESS, POSTAL_CODE, TOWN, MUNICIPALITY, SNI_CODES,
    EMPLOYEES_WOMEN, EMPLOYEES_MEN, TURNOVER, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONSENT, DE_MINIMIS,
    DE_MINIMIS_1, DE_MINIMIS_2, DE_MINIMIS_3, DE_MINIMIS_4;

    /** The declaration's field of the fiscal year {@code yearsBack} years before the current one (0 = this year). */
    public static ApplicationField deMinimisRow(int yearsBack) {
        return yearsBack == 0 ? DE_MINIMIS : valueOf("DE_MINIMIS_" + yearsBack);
    }
}
