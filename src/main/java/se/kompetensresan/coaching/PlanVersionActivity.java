package se.kompetensresan.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An action as it stood in a submitted version of the plan (course name and provider as they were then). */
public record PlanVersionActivity(String areaCode, String title, String targetGroup, int participants,
                                  int hoursPerParticipant, LocalDate plannedStart, BigDecimal estimatedCost,
                                  Long courseId, String courseName, String courseProvider) {
}
