package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A submitted version of a development plan and what the company decided on it: {@link PlanStatus#SUBMITTED}
 * while it waits, then {@link PlanStatus#APPROVED} or {@link PlanStatus#REJECTED} (with the company's comment).
 */
public record PlanVersionInfo(int version, PlanStatus status, Instant submittedAt, String submittedBy,
                              Instant decidedAt, String decidedBy, String companyComment, String summary,
                              String coachingTrack, List<PlanVersionActivity> activities) {

    public BigDecimal estimatedCost() {
        return activities.stream().map(PlanVersionActivity::estimatedCost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int plannedHours() {
        return activities.stream().mapToInt(a -> a.participants() * a.hoursPerParticipant()).sum();
    }
}
