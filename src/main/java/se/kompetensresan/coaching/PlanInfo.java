package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The company's current development plan with its actions. */
public record PlanInfo(long id, long companyId, int version, PlanStatus status, String coachingTrack, String summary,
                       String companyComment, Instant decidedAt, String decidedBy,
                       List<PlannedActivityInfo> activities) {

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public boolean isSubmitted() {
        return status == PlanStatus.SUBMITTED;
    }

    /** Sum of the actions' estimated costs (actions without an estimate count as zero). */
    public BigDecimal estimatedCost() {
        return activities.stream().map(PlannedActivityInfo::estimatedCost).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Planned training hours: participants × hours per participant, summed over the actions. */
    public int plannedHours() {
        return activities.stream().mapToInt(a -> a.participants() * a.hoursPerParticipant()).sum();
    }
}
