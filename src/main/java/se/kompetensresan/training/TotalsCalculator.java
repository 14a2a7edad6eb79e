package se.kompetensresan.training;

import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Sums approved attendance into {@link TrainingTotals}. Pure arithmetic, no database. */
final class TotalsCalculator {
    private TotalsCalculator() {
    }

    /** One attendance row: the person (12-digit personnummer), gender, hours and the project's unit cost per hour. */
    record Row(String person, Gender gender, BigDecimal hours, BigDecimal unitCostPerHour) {
    }

    static TrainingTotals sum(Collection<Row> rows) {
        Set<String> women = new HashSet<>();
        Set<String> men = new HashSet<>();
        BigDecimal hoursWomen = BigDecimal.ZERO;
        BigDecimal hoursMen = BigDecimal.ZERO;
        BigDecimal coFinancing = BigDecimal.ZERO;
        for (Row r : rows) {
            if (r.gender() == Gender.WOMAN) {
                women.add(r.person());
                hoursWomen = hoursWomen.add(r.hours());
            } else {
                men.add(r.person());
                hoursMen = hoursMen.add(r.hours());
            }
            if (r.unitCostPerHour() != null) {
                coFinancing = coFinancing.add(r.hours().multiply(r.unitCostPerHour()));
            }
        }
        return new TrainingTotals(women.size(), men.size(), hoursWomen, hoursMen,
                coFinancing.setScale(2, RoundingMode.HALF_UP));
    }
}
