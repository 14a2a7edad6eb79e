package se.kompetensresan.engine;

import java.time.Instant;

/** An open incident of a journey process: a service task that failed after its retries. */
public record IncidentInfo(String incidentId, String caseNumber, Long companyId, String companyName, String activityId,
                           String message, Instant time, String processInstanceId) {
}
