package se.kompetensresan.company;

/** Published when a company has applied to a project (the journey module judges its eligibility). */
public record CompanyApplied(long applicationId, long projectId) {
}
