package se.kompetensresan.company;

/** Where a company's application stands. SUBMITTED, ELIGIBLE and MANUAL_REVIEW are open. */
public enum ApplicationStatus {
    SUBMITTED, ELIGIBLE, NOT_ELIGIBLE, MANUAL_REVIEW, APPROVED, REJECTED;

    public boolean open() {
        return this == SUBMITTED || this == ELIGIBLE || this == MANUAL_REVIEW;
    }
}
