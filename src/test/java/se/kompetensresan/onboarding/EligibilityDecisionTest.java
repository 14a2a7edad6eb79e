package se.kompetensresan.onboarding;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility decision on the DMN engine alone: one test per rule (and its edges). */
class EligibilityDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = EligibilityDecisionTest.class.getResourceAsStream("/processes/Eligibility.dmn")) {
            decision = dmn.parseDecision(ApplicationProcess.DECISION_ELIGIBILITY, in);
        }
    }

    private static DmnDecisionRuleResult decide(Integer employees, Integer sniDivision, boolean sectorListMatch,
                                                boolean municipalityInArea) {
        return dmn.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("employees", employees).putValue("sniDivision", sniDivision)
                .putValue("sectorListMatch", sectorListMatch).putValue("municipalityInArea", municipalityInArea))
                .getSingleResult();
    }

    private static void expect(DmnDecisionRuleResult r, String outcome, String reasonKey) {
        assertThat((String) r.get("outcome")).isEqualTo(outcome);
        assertThat((String) r.get("reasonKey")).isEqualTo(reasonKey);
    }

    @Test
    void twoHundredFiftyEmployeesIsTooLarge() {
        expect(decide(250, 25, false, true), "NOT_ELIGIBLE", "application.reason.tooLarge");
        expect(decide(1200, 28, true, false), "NOT_ELIGIBLE", "application.reason.tooLarge");
    }

    @Test
    void municipalityOutsideTheProjectIsNotEligible() {
        expect(decide(25, 25, false, false), "NOT_ELIGIBLE", "application.reason.outsideArea");
    }

    @Test
    void unknownNumberOfEmployeesGoesToManualReview() {
        expect(decide(null, 25, false, true), "MANUAL_REVIEW", "application.reason.employeesUnknown");
    }

    @Test
    void unknownSniDivisionGoesToManualReview() {
        expect(decide(25, null, false, true), "MANUAL_REVIEW", "application.reason.borderline");
    }

    @Test
    void manufacturerNearTheSizeLimitGoesToManualReview() {
        expect(decide(200, 25, false, true), "MANUAL_REVIEW", "application.reason.nearSizeLimit");
        expect(decide(249, 33, false, true), "MANUAL_REVIEW", "application.reason.nearSizeLimit");
    }

    @Test
    void listedSectorNearTheSizeLimitGoesToManualReview() {
        expect(decide(230, 62, true, true), "MANUAL_REVIEW", "application.reason.nearSizeLimit");
    }

    @Test
    void manufacturingSmeInTheAreaIsEligible() {
        expect(decide(25, 25, false, true), "ELIGIBLE", "application.reason.manufacturing");
        expect(decide(1, 10, false, true), "ELIGIBLE", "application.reason.manufacturing");
        expect(decide(199, 33, false, true), "ELIGIBLE", "application.reason.manufacturing");
    }

    @Test
    void sectorOnTheProjectListIsEligible() {
        expect(decide(40, 62, true, true), "ELIGIBLE", "application.reason.sectorList");
    }

    @Test
    void sectorCloseToManufacturingGoesToManualReview() {
        expect(decide(40, 1, false, true), "MANUAL_REVIEW", "application.reason.borderline");
        expect(decide(40, 9, false, true), "MANUAL_REVIEW", "application.reason.borderline");
        expect(decide(40, 35, false, true), "MANUAL_REVIEW", "application.reason.borderline");
        expect(decide(40, 39, false, true), "MANUAL_REVIEW", "application.reason.borderline");
    }

    @Test
    void otherSectorsAreNotManufacturing() {
        expect(decide(40, 47, false, true), "NOT_ELIGIBLE", "application.reason.notManufacturing");
        expect(decide(40, 34, false, true), "NOT_ELIGIBLE", "application.reason.notManufacturing");
        expect(decide(210, 56, false, true), "NOT_ELIGIBLE", "application.reason.notManufacturing");
    }
}
