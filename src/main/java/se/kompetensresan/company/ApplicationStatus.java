package se.kompetensresan.company;

/**
 * Where a company's application stands. UNCONFIRMED: stored, the contact person has not yet confirmed the e-mail
 * address (nothing is processed). SUBMITTED, ELIGIBLE and MANUAL_REVIEW are open.
 */
public enum ApplicationStatus {
    UNCONFIRMED, SUBMITTED, ELIGIBLE, NOT_ELIGIBLE, MANUAL_REVIEW, APPROVED, REJECTED;

    public boolean open() {
        return this == SUBMITTED || this == ELIGIBLE || this == MANUAL_REVIEW;
    }
}
