package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One action of a development plan, linked to a competence area; the training phase books one activity per
 * action. {@code courseId}, {@code courseName} and {@code courseProvider} name the catalogue course the action
 * refers to (all null for a free-text action).
 */
public record PlannedActivityInfo(long id, long planId, long companyId, String areaCode, String title,
                                  String targetGroup, int participants, int hoursPerParticipant,
                                  LocalDate plannedStart, BigDecimal estimatedCost,
                                  Long courseId, String courseName, String courseProvider) {

    public boolean fromCatalogue() {
        return courseId != null;
    }
}
