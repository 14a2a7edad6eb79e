package se.kompetensresan.training;

import org.junit.jupiter.api.Test;
import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TotalsCalculatorTest {

    private static TotalsCalculator.Row row(String person, Gender g, String hours, String unitCost) {
        return new TotalsCalculator.Row(person, g, new BigDecimal(hours), unitCost == null ? null : new BigDecimal(unitCost));
    }

    @Test
    void nothingSumsToZero() {
        TrainingTotals t = TotalsCalculator.sum(List.of());
        assertThat(t.participants()).isZero();
        assertThat(t.hours()).isEqualByComparingTo("0");
        assertThat(t.coFinancingSek()).isEqualByComparingTo("0");
    }

    @Test
    void aPersonOnSeveralActivitiesCountsOnceButAllHoursCount() {
        TrainingTotals t = TotalsCalculator.sum(List.of(
                row("199001010017", Gender.MAN, "8", "500"),
                row("199001010017", Gender.MAN, "4.5", "500"),
                row("198505050028", Gender.WOMAN, "16", "500"),
                row("197212120046", Gender.WOMAN, "2", "500")));
        assertThat(t.participantsMen()).isEqualTo(1);
        assertThat(t.participantsWomen()).isEqualTo(2);
        assertThat(t.participants()).isEqualTo(3);
        assertThat(t.hoursMen()).isEqualByComparingTo("12.5");
        assertThat(t.hoursWomen()).isEqualByComparingTo("18");
        assertThat(t.hours()).isEqualByComparingTo("30.5");
    }

    @Test
    void coFinancingIsHoursTimesEachProjectsUnitCost() {
        TrainingTotals t = TotalsCalculator.sum(List.of(
                row("199001010017", Gender.MAN, "10", "500"),
                row("198505050028", Gender.WOMAN, "2.25", "412.40"),
                row("197212120046", Gender.WOMAN, "3", null)));
        // 10 × 500 + 2.25 × 412.40 = 5000 + 927.90; a project without a unit cost adds nothing
        assertThat(t.coFinancingSek()).isEqualByComparingTo("5927.90");
        assertThat(t.coFinancingSek().scale()).isEqualTo(2);
        assertThat(t.hoursWomen()).isEqualByComparingTo("5.25");
    }
}
