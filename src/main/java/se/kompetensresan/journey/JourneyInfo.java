package se.kompetensresan.journey;

import java.time.Instant;

/**
 * One journey as the views see it. {@code coach} is the assignee of an open coach task, else the last coach who
 * completed one (null when no coach has acted yet); {@code overdueTasks} counts open tasks past their due date.
 */
public record JourneyInfo(String caseNumber, long companyId, String companyName, long subprojectId,
                          String subprojectName, JourneyPhase phase, JourneyStatus status, Instant startedAt,
                          Instant phaseSince, Instant endedAt, long daysInPhase, long openTasks, String coach,
                          long overdueTasks) {
}
