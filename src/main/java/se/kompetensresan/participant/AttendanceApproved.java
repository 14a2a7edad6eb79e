package se.kompetensresan.participant;

/** Published when the coach approves (attesterar) the attendance of an activity (journey: Attestera närvaro). */
public record AttendanceApproved(long companyId, long plannedActivityId, long trainingActivityId) {
}
