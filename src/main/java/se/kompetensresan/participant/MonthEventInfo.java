package se.kompetensresan.participant;

import java.time.Instant;

/** One step of a participant-month's trail. */
public record MonthEventInfo(MonthEventType type, String actor, Instant at, Integer hours, String comment) {
}
