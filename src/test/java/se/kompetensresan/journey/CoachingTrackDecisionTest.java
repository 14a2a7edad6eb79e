package se.kompetensresan.journey;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The coaching-track decision on the DMN engine alone: one test per rule. */
class CoachingTrackDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = CoachingTrackDecisionTest.class.getResourceAsStream("/processes/CoachingTrack.dmn")) {
            decision = dmn.parseDecision(JourneyProcess.DECISION_COACHING_TRACK, in);
        }
    }

    private static DmnDecisionRuleResult decide(double averageGap, int maxGap, int strategicGap, int employees) {
        return dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("averageGap", averageGap).putValue("maxGap", maxGap)
                .putValue("strategicGap", strategicGap).putValue("employees", employees)).getSingleResult();
    }

    @Test
    void strategicGapOfTwoGivesTheStrategicTrack() {
        var r = decide(0.5, 2, 2, 10);
        assertThat((String) r.get("proposedTrack")).isEqualTo("STRATEGISK");
        assertThat((Integer) r.get("priorityGapThreshold")).isEqualTo(2);
    }

    @Test
    void strategicRuleWinsOverLargeGaps() {
        assertThat((String) decide(2.5, 3, 3, 200).get("proposedTrack")).isEqualTo("STRATEGISK");
    }

    @Test
    void oneAreaWithGapThreeGivesTheDeepenedTrack() {
        var r = decide(0.8, 3, 1, 10);
        assertThat((String) r.get("proposedTrack")).isEqualTo("FORDJUPAD");
        assertThat((Integer) r.get("priorityGapThreshold")).isEqualTo(2);
    }

    @Test
    void averageGapOfOneAndAHalfGivesTheDeepenedTrack() {
        var r = decide(1.5, 2, 0, 10);
        assertThat((String) r.get("proposedTrack")).isEqualTo("FORDJUPAD");
        assertThat((Integer) r.get("priorityGapThreshold")).isEqualTo(2);
    }

    @Test
    void largeCompanyWithAverageGapOfOneGivesTheDeepenedTrack() {
        var r = decide(1.0, 2, 1, 50);
        assertThat((String) r.get("proposedTrack")).isEqualTo("FORDJUPAD");
        assertThat((Integer) r.get("priorityGapThreshold")).isEqualTo(2);
    }

    @Test
    void smallCompanyWithAverageGapOfOneGetsTheBasicTrack() {
        var r = decide(1.0, 2, 1, 49);
        assertThat((String) r.get("proposedTrack")).isEqualTo("BAS");
        assertThat((Integer) r.get("priorityGapThreshold")).isEqualTo(1);
    }

    @Test
    void smallGapsGiveTheBasicTrackWithThresholdOne() {
        var r = decide(0.4, 1, 0, 12);
        assertThat((String) r.get("proposedTrack")).isEqualTo("BAS");
        assertThat((Integer) r.get("priorityGapThreshold")).isEqualTo(1);
    }
}
