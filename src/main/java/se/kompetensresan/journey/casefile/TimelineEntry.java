package se.kompetensresan.journey.casefile;

import java.time.Instant;
import java.util.List;

/**
 * One line of a journey's timeline: our own events and the engine's completed tasks ({@code TASK_COMPLETED},
 * argument: the task definition key) and fired timers ({@code TIMER_FIRED}, argument: the timer's activity id).
 * {@code arguments} are the structured values {@link JourneyEventType} documents per type; {@code note} is what a
 * person wrote (a reason, a comment); both are empty where the reader may not see them.
 */
public record TimelineEntry(Instant at, String actor, JourneyEventType type, List<String> arguments, String note) {

    public TimelineEntry {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** The argument at the index, or null. */
    public String argument(int index) {
        return index < arguments.size() ? arguments.get(index) : null;
    }
}
