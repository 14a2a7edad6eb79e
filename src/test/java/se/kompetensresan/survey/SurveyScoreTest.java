package se.kompetensresan.survey;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SurveyScoreTest {

    @Test
    void averageGapCountsNegativeGapsAsZero() {
        SurveyScore s = SurveyScore.of(1, 2, List.of(
                new AreaGap("AUTOMATION", 1, 4, 3),   // 3
                new AreaGap("WELDING", 2, 3, 0),      // 1
                new AreaGap("LEAN", 4, 2, 0)));       // -2 counts as 0
        assertThat(s.averageGap()).isCloseTo(4.0 / 3, within(1e-9));
        assertThat(s.maxGap()).isEqualTo(3);
    }

    @Test
    void areasAreSortedByGapLargestFirstTiesInQuestionnaireOrder() {
        SurveyScore s = SurveyScore.of(1, 2, List.of(
                new AreaGap("SWEDISH", 2, 3, 0),
                new AreaGap("LEAN", 1, 1, 0),
                new AreaGap("AUTOMATION", 2, 3, 0),
                new AreaGap("CNC", 1, 4, 0)));
        assertThat(s.areas()).extracting(AreaGap::areaCode).containsExactly("CNC", "AUTOMATION", "SWEDISH", "LEAN");
        assertThat(s.areasWithGapAtLeast(1)).containsExactly("CNC", "AUTOMATION", "SWEDISH");
        assertThat(s.gapOf("CNC")).isEqualTo(3);
        assertThat(s.gapOf("WELDING")).isZero();
    }

    @Test
    void noAnsweredAreasScoresZero() {
        SurveyScore s = SurveyScore.of(1, 2, List.of());
        assertThat(s.averageGap()).isZero();
        assertThat(s.maxGap()).isZero();
        assertThat(s.areas()).isEmpty();
    }

    @Test
    void maxGapIsTheLargestGapEvenWhenAllAreNegative() {
        SurveyScore s = SurveyScore.of(1, 2, List.of(new AreaGap("LEAN", 4, 3, 0), new AreaGap("CNC", 4, 2, 0)));
        assertThat(s.maxGap()).isEqualTo(-1);
        assertThat(s.averageGap()).isZero();
    }
}
