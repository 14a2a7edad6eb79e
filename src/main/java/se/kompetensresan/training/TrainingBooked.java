package se.kompetensresan.training;

import java.time.LocalDate;

/** Published when a coach books the training activity for a planned action. */
public record TrainingBooked(long companyId, long plannedActivityId, long trainingActivityId, LocalDate endDate) {
}
