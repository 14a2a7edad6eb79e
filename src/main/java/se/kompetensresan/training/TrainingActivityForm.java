package se.kompetensresan.training;

import java.time.LocalDate;

/** What the coach books for a planned action. Validated by {@link TrainingService#bookActivity}. */
public record TrainingActivityForm(String courseName, String provider, String location, LocalDate startDate,
                                  LocalDate endDate, Integer hoursPerParticipant) {
}
