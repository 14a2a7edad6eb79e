package se.kompetensresan.training;

/** Published when the coach approves (attesterar) the reported hours of an activity. */
public record AttendanceApproved(long companyId, long plannedActivityId, long trainingActivityId) {
}
