package se.kompetensresan.coaching;

/** Published when the company approves or rejects the development plan (a rejection carries a comment). */
public record PlanDecided(long companyId, long planId, boolean approved, String comment) {
}
