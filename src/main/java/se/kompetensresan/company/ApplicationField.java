package se.kompetensresan.company;

/** The fields of the onboarding form; a {@link FieldError} names one. */
public enum ApplicationField {
    PROJECT, ORGANISATION_NUMBER, NAME, VISITING_ADDRESS, POSTAL_CODE, TOWN, MUNICIPALITY, SNI_CODES,
    EMPLOYEES_WOMEN, EMPLOYEES_MEN, TURNOVER, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONSENT, DE_MINIMIS
}
