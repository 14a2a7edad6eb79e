package se.kompetensresan.coaching;

/**
 * Where a development plan stands. A rejected plan returns to {@link #DRAFT} with a new version at once
 * (the rejection itself is recorded in the {@link PlanDecided} event and the company's comment);
 * {@link #REJECTED} is the status of that rejected version in the plan's history ({@link PlanVersionInfo}).
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED
}
