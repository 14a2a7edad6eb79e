package se.kompetensresan.participant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Set;

/**
 * The first working day of a month: Monday to Friday and not a public holiday that can fall on the first days of a
 * month in Sweden (nyårsdagen 1 January, första maj; trettondedag jul 6 January only matters if the 1st–5th are
 * all weekend or holiday, which they cannot be).
 */
final class WorkingDays {
    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(1, 6));

    private WorkingDays() {
    }

    static LocalDate firstWorkingDay(YearMonth month) {
        LocalDate d = month.atDay(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY
                || HOLIDAYS.contains(MonthDay.from(d))) {
            d = d.plusDays(1);
        }
        return d;
    }
}
