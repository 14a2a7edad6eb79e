package se.kompetensresan.coaching;

import java.util.List;

/** Published when the coach sends the development plan to the company for approval. */
public record PlanSubmitted(long companyId, long planId, List<Long> plannedActivityIds) {
}
