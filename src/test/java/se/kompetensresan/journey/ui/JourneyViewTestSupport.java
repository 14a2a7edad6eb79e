package se.kompetensresan.journey.ui;

import org.springframework.context.ApplicationContext;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyWalker;

import java.util.Map;

/** Starts journeys for the view tests at the task the view shows ({@link JourneyWalker#startAt}). */
record JourneyViewTestSupport(JourneyFixtures fx, ApplicationContext ctx) {

    JourneyInfo startAt(CompanyInfo company, String activity, Map<String, Object> vars) {
        return new JourneyWalker(ctx).startAt(fx, company, vars, activity);
    }
}
