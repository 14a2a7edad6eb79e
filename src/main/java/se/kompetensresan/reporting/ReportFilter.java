package se.kompetensresan.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * What a report is about: one project, optionally one delprojekt and one county (län, two-digit SCB code), and a
 * period of whole days. Null subproject or county means all the user may see.
 */
public record ReportFilter(long projectId, Long subprojectId, String countyCode, LocalDate from, LocalDate to) {

    public ReportFilter {
        if (from == null || to == null || to.isBefore(from)) {
            throw new se.kompetensresan.shared.UserMessageException("reporting.error.period");
        }
        if (countyCode != null && countyCode.isBlank()) {
            countyCode = null;
        }
        if (countyCode != null && !countyCode.matches("\\d{2}")) {
            throw new se.kompetensresan.shared.UserMessageException("reporting.error.county");
        }
    }

    /** The calendar quarter that contains the day. */
    public static ReportFilter quarter(long projectId, LocalDate day) {
        int q = day.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate from = LocalDate.of(day.getYear(), (q - 1) * 3 + 1, 1);
        return new ReportFilter(projectId, null, null, from, from.plusMonths(3).minusDays(1));
    }

    /** One calendar month. */
    public static ReportFilter month(long projectId, YearMonth month) {
        return new ReportFilter(projectId, null, null, month.atDay(1), month.atEndOfMonth());
    }

    public ReportFilter withSubproject(Long id) {
        return new ReportFilter(projectId, id, countyCode, from, to);
    }

    public ReportFilter withCounty(String code) {
        return new ReportFilter(projectId, subprojectId, code, from, to);
    }

    public ReportFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ReportFilter(projectId, subprojectId, countyCode, newFrom, newTo);
    }

    public YearMonth firstMonth() {
        return YearMonth.from(from);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(to);
    }
}
