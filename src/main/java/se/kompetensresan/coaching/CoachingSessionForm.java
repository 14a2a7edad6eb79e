package se.kompetensresan.coaching;

import java.time.LocalDate;

/** What the coach logs about a coaching meeting. Validated by {@link CoachingService#logSession}. */
public record CoachingSessionForm(LocalDate heldOn, Integer durationMinutes, String participants, String notes,
                                 String nextSteps) {
}
