package se.kompetensresan.journey;

import java.time.Instant;

/**
 * One journey as the views see it. {@code coach} is the username of the assignee of an open coach task, else of
 * the last coach who completed one (null when no coach has acted yet), {@code coachName} that person's name;
 * {@code overdueTasks} counts open tasks past their due date; {@code withdrawnFrom} is the phase the journey was in
 * when the company withdrew (null unless withdrawn).
 */
public record JourneyInfo(long id, String caseNumber, long companyId, String companyName, long subprojectId,
                          String subprojectName, JourneyPhase phase, JourneyStatus status, Instant startedAt,
                          Instant phaseSince, Instant endedAt, long daysInPhase, long openTasks, String coach,
                          String coachName, long overdueTasks, JourneyPhase withdrawnFrom, String processInstanceId) {
}
