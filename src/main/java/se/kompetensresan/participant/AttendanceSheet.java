package se.kompetensresan.participant;

import se.kompetensresan.training.TrainingActivityInfo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The attendance grid of one activity: the registered participants, their hours by date, and per participant and
 * month whether the cells may change ({@code editable} false: sent, signed or locked). {@code mayEdit}: the user
 * may record hours at all (the company itself or its coach).
 */
public record AttendanceSheet(TrainingActivityInfo activity, List<ParticipantInfo> participants,
                              Map<Long, Map<LocalDate, Integer>> hours, Map<Long, Map<YearMonth, MonthStatus>> months,
                              List<YearMonth> lockedMonths, boolean mayEdit) {

    public int hours(long participantId, LocalDate day) {
        return hours.getOrDefault(participantId, Map.of()).getOrDefault(day, 0);
    }

    public int total(long participantId) {
        return hours.getOrDefault(participantId, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The participant-month's state, if a signing request exists. */
    public MonthStatus status(long participantId, YearMonth month) {
        return months.getOrDefault(participantId, Map.of()).get(month);
    }

    public boolean editable(long participantId, LocalDate day) {
        YearMonth m = YearMonth.from(day);
        MonthStatus s = status(participantId, m);
        return mayEdit && !lockedMonths.contains(m) && (s == null || s == MonthStatus.OPEN || s == MonthStatus.DISPUTED);
    }
}
