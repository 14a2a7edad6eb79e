package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An action of the plan as the coach enters it; {@code id} is null for a new action. */
public record PlannedActivityInput(Long id, String areaCode, String title, String targetGroup, Integer participants,
                                   Integer hoursPerParticipant, LocalDate plannedStart, BigDecimal estimatedCost) {
}
