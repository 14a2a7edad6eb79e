package se.kompetensresan.coaching;

import java.time.Instant;
import java.time.LocalDate;

/** A logged coaching meeting. */
public record CoachingSessionInfo(long id, long companyId, LocalDate heldOn, int durationMinutes, String participants,
                                  String notes, String nextSteps, String coachUsername, Instant createdAt) {
}
