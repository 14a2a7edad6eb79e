package se.kompetensresan.reporting;

import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The project office's figures for one filter: companies, participants, hours and co-financing against the plan.
 * Everything that counts people is a {@link GenderCount}.
 */
public record Dashboard(ReportFilter filter, String projectName, String caseNumber, Companies companies,
                        Participants participants, List<MonthHours> hours, List<MonthCoFinancing> coFinancing,
                        BigDecimal plannedCoFinancing, BigDecimal plannedActivitiesCost, BigDecimal budget) {

    /**
     * Companies with a journey started by the end of the period (enrolled), against the target when one is set;
     * by the journey's phase today; open tasks past their due date today; first surveys submitted by the end of the
     * period.
     */
    public record Companies(long enrolled, Integer planned, Map<JourneyPhase, Long> byPhase, long overdueTasks,
                            long surveysSubmitted) {
        /** Submitted first surveys as a share of enrolled companies, in percent (0 without companies). */
        public BigDecimal responseRatePercent() {
            return percent(surveysSubmitted, enrolled);
        }
    }

    /**
     * Participants: started in the period, active at its end, ended in it, and in total (started by its end)
     * against the planned number; the women's share of the total against the planned share, flagged when it differs
     * by more than the margin; the total by age band.
     */
    public record Participants(GenderCount started, GenderCount active, GenderCount ended, GenderCount total,
                               int planned, int plannedWomenPercent, int margin, Map<AgeBand, GenderCount> ageBands) {

        public BigDecimal womenPercent() {
            return percent(total.women(), total.total());
        }

        /** True when there are participants and their women's share is further than the margin from the plan. */
        public boolean womenShareDeviates() {
            return total.total() > 0
                    && womenPercent().subtract(BigDecimal.valueOf(plannedWomenPercent)).abs()
                    .compareTo(BigDecimal.valueOf(margin)) > 0;
        }
    }

    /** Whole hours in a month by gender: reported (attendance), signed by the participants, disputed by them. */
    public record MonthHours(YearMonth month, GenderCount reported, GenderCount signed, GenderCount disputed) {
    }

    /** Co-financing of a month by gender (signed hours × unit cost of the year) and cumulated since the start. */
    public record MonthCoFinancing(YearMonth month, BigDecimal women, BigDecimal men, BigDecimal cumulated) {
        public BigDecimal total() {
            return women.add(men);
        }
    }

    /** part / whole in percent with one decimal (0.0 when whole is zero). */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
