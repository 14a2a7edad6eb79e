package se.kompetensresan.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.DeMinimisService;
import se.kompetensresan.company.DeMinimisStanding;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo world shows de minimis: the company whose training is to be booked has declared support at 90 % of the
 * cap, so its page and the booking form warn, and its plan can still be booked. The job executor runs (the demo
 * journeys walk with it); the demo application of the accessibility test, so that the two share it.
 */
@se.kompetensresan.DemoApp
class DemoDeMinimisTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CompanyService companies;
    @Autowired
    DeMinimisService deMinimis;
    @Autowired
    se.kompetensresan.coaching.CoachingService coaching;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDemoCompanyToBookHasADeclarationNearTheCap() throws Exception {
        DemoReady.await(ctx);
        JourneyFixtures.signIn("coach", Role.COACH);
        String name = DemoCompanies.KARLSKOGA.get(DemoJourneys.Stage.BOOKING.ordinal()).name();
        CompanyInfo company = companies.visible().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        DeMinimisStanding s = deMinimis.standing(company.id());
        assertThat(s.declaredEur()).isEqualByComparingTo("270000");
        assertThat(s.nearCap()).isTrue();
        assertThat(s.overCap()).isFalse();
        // every action of its plan can still be booked: the demo journey is not stopped by the cap
        java.math.BigDecimal plan = coaching.currentPlan(company.id()).orElseThrow().activities().stream()
                .map(se.kompetensresan.training.TrainingService::aidValueSek)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        assertThat(plan).isPositive();
        assertThat(s.plusTraining(plan).overCap()).as("plan worth %s SEK", plan).isFalse();
    }
}
