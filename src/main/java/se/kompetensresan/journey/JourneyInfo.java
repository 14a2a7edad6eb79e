package se.kompetensresan.journey;

import java.time.Instant;

/** One journey as the views see it. */
public record JourneyInfo(String caseNumber, long companyId, String companyName, long subprojectId,
                          String subprojectName, JourneyPhase phase, JourneyStatus status, Instant startedAt,
                          Instant phaseSince, Instant endedAt, long daysInPhase, long openTasks) {
}
