package se.kompetensresan.coaching;

/**
 * Where a development plan stands. A rejected plan returns to {@link #DRAFT} with a new version at once
 * (the rejection itself is recorded in the {@link PlanDecided} event and the company's comment);
 * {@link #REJECTED} is kept for completeness of the vocabulary.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED
}
