package se.kompetensresan.journey.inbox;

import se.kompetensresan.journey.JourneyPhase;

import java.time.Instant;

/**
 * A waiting task of a journey as the inbox shows it. {@code taskKey} is the BPMN task definition key (the
 * UI text is {@code journey.task.<taskKey>}); {@code route} is the view that works on the task;
 * {@code followUpDue} is when the journey's follow-up survey is (or was) due, once the training is over;
 * {@code courseName} names the training activity of a training task (the booked course, or the plan's action
 * while nothing is booked; null for the other tasks); {@code assigneeName} is the assignee's name.
 */
public record TaskInfo(String taskId, String name, String taskKey, String caseNumber, long companyId,
                       String companyName, JourneyPhase phase, Instant created, Instant due, String assignee,
                       boolean overdue, String route, String candidateGroup, long subprojectId, Instant followUpDue,
                       String courseName, String assigneeName) {
}
