package se.kompetensresan.catalogue;

/**
 * An open course (öppen kurs) has course dates that several companies book, each with a minimum and maximum number
 * of participants; a company-specific course (företagsanpassad) is given to one company at the dates booked for it.
 */
public enum CourseKind {
    OPEN_COURSE, COMPANY_SPECIFIC
}
