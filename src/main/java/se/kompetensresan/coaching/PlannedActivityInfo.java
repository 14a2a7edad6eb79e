package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One action of a development plan, linked to a competence area; the training phase books one activity per action. */
public record PlannedActivityInfo(long id, long planId, long companyId, String areaCode, String title,
                                  String targetGroup, int participants, int hoursPerParticipant,
                                  LocalDate plannedStart, BigDecimal estimatedCost) {
}
