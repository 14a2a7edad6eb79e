package se.kompetensresan.training;

import java.time.LocalDate;

/**
 * What the coach books for a planned action. {@code courseDateId}: the course date (kurstillfälle) of the open
 * catalogue course the action refers to (required for an open course, whose dates and place are the course date's;
 * null otherwise). Validated by {@link TrainingService#bookActivity}.
 */
public record TrainingActivityForm(String courseName, String provider, String location, LocalDate startDate,
                                  LocalDate endDate, Integer hoursPerParticipant, Long courseDateId) {

    /** A booking not on a course date (a company-specific course or a free-text action). */
    public TrainingActivityForm(String courseName, String provider, String location, LocalDate startDate,
                                LocalDate endDate, Integer hoursPerParticipant) {
        this(courseName, provider, location, startDate, endDate, hoursPerParticipant, null);
    }
}
