package se.kompetensresan.training;

import java.time.LocalDate;

/** A booked training activity (insats); {@code courseDateId} is the open course's date it is booked on, or null. */
public record TrainingActivityInfo(long id, long plannedActivityId, long companyId, String courseName, String provider,
                                   String location, LocalDate startDate, LocalDate endDate, int hoursPerParticipant,
                                   TrainingStatus status, String bookedBy, String approvedBy,
                                   Long courseDateId) {
}
