package se.kompetensresan.training;

/** Published when the company has reported the participants' hours of an activity. */
public record AttendanceReported(long companyId, long plannedActivityId, long trainingActivityId) {
}
