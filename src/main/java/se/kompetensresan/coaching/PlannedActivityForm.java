package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An action of the plan as the coach enters it; {@code id} is null for a new action. {@code courseId} names a
 * course of the training catalogue, or is null for a free-text action.
 */
public record PlannedActivityForm(Long id, String areaCode, String title, String targetGroup, Integer participants,
                                   Integer hoursPerParticipant, LocalDate plannedStart, BigDecimal estimatedCost,
                                   Long courseId) {

    /** A free-text action (no catalogue course). */
    public PlannedActivityForm(Long id, String areaCode, String title, String targetGroup, Integer participants,
                                Integer hoursPerParticipant, LocalDate plannedStart, BigDecimal estimatedCost) {
        this(id, areaCode, title, targetGroup, participants, hoursPerParticipant, plannedStart, estimatedCost, null);
    }
}
