package se.kompetensresan.survey;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SelfAssessmentSummaryTest {

    private static List<Map<String, SelfAssessmentSummary.AreaAnswer>> answers(int n) {
        return Collections.nCopies(n, Map.of("WELDING", new SelfAssessmentSummary.AreaAnswer(2, true),
                "LEAN", new SelfAssessmentSummary.AreaAnswer(3, false)));
    }

    @Test
    void fourAnswersShowOnlyTheCount() {
        SelfAssessmentSummary s = SelfAssessmentSummary.of(List.of("WELDING", "LEAN"), answers(4), 5);
        assertThat(s.shown()).isFalse();
        assertThat(s.answers()).isEqualTo(4);
        assertThat(s.areas()).isEmpty();
        assertThat(s.area("WELDING")).isEmpty();
    }

    @Test
    void fiveAnswersShowTheMeanLevelAndTheShareWantingToLearnPerArea() {
        List<Map<String, SelfAssessmentSummary.AreaAnswer>> five = new java.util.ArrayList<>(answers(4));
        five.add(Map.of("WELDING", new SelfAssessmentSummary.AreaAnswer(4, false),
                "LEAN", new SelfAssessmentSummary.AreaAnswer(1, false)));
        SelfAssessmentSummary s = SelfAssessmentSummary.of(List.of("WELDING", "LEAN"), five, 5);
        assertThat(s.shown()).isTrue();
        assertThat(s.areas()).extracting(SelfAssessmentSummary.AreaResult::areaCode).containsExactly("WELDING", "LEAN");
        SelfAssessmentSummary.AreaResult welding = s.area("WELDING").orElseThrow();
        assertThat(welding.meanLevel()).isCloseTo(2.4, within(1e-9));
        assertThat(welding.learnShare()).isCloseTo(0.8, within(1e-9));
        assertThat(welding.answers()).isEqualTo(5);
        assertThat(s.area("LEAN").orElseThrow().meanLevel()).isCloseTo(2.6, within(1e-9));
    }

    @Test
    void theThresholdIsTheConfiguredGroupSize() {
        assertThat(SelfAssessmentSummary.of(List.of("WELDING"), answers(7), 8).shown()).isFalse();
        assertThat(SelfAssessmentSummary.of(List.of("WELDING"), answers(8), 8).shown()).isTrue();
    }

    @Test
    void anAnswerKeepsOnlyItsIsoWeek() {
        assertThat(SelfAssessmentService.week(java.time.LocalDate.of(2026, 12, 1))).isEqualTo("2026-W49");
        assertThat(SelfAssessmentService.week(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    }
}
