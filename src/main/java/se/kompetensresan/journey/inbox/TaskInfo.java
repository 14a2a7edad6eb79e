package se.kompetensresan.journey.inbox;

import se.kompetensresan.journey.JourneyPhase;

import java.time.Instant;

/**
 * A waiting task of a journey as the inbox shows it. {@code taskKey} is the BPMN task definition key (the
 * UI text is {@code journey.task.<taskKey>}); {@code route} is the view that works on the task;
 * {@code followUpDue} is when the journey's follow-up survey is (or was) due, once the training is over.
 */
public record TaskInfo(String taskId, String name, String taskKey, String caseNumber, long companyId,
                       String companyName, JourneyPhase phase, Instant created, Instant due, String assignee,
                       boolean overdue, String route, String candidateGroup, long subprojectId, Instant followUpDue) {
}
