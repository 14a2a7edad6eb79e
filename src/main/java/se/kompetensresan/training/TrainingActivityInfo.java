package se.kompetensresan.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A booked training activity with its reported attendance. */
public record TrainingActivityInfo(long id, long plannedActivityId, long companyId, String courseName, String provider,
                                   String location, LocalDate startDate, LocalDate endDate, int hoursPerParticipant,
                                   TrainingStatus status, String bookedBy, String approvedBy,
                                   List<AttendanceInfo> attendance) {

    public BigDecimal totalHours() {
        return attendance.stream().map(AttendanceInfo::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
