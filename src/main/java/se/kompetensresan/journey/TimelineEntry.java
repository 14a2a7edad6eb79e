package se.kompetensresan.journey;

import java.time.Instant;

/**
 * One line of a journey's timeline: our own events ({@code type} = a {@link JourneyEventType} name) and the
 * engine's completed tasks (type {@code TASK_COMPLETED}, {@code detail} = the task definition key; the UI
 * text is {@code journey.task.<key>}).
 */
public record TimelineEntry(Instant at, String actor, String type, String detail) {
}
