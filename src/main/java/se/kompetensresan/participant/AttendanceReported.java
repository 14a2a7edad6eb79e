package se.kompetensresan.participant;

/**
 * Published when the company has confirmed that an activity's attendance is complete (journey: Rapportera närvaro).
 * Only after the activity has ended.
 */
public record AttendanceReported(long companyId, long plannedActivityId, long trainingActivityId) {
}
