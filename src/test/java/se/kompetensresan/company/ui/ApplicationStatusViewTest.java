package se.kompetensresan.company.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationReceipt;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;

import java.math.BigDecimal;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The public status page of an application: status and translated reason, without login. */
class ApplicationStatusViewTest extends KaribuTest {

    @Autowired
    OnboardingService onboarding;

    @Test
    void visitorSeesTheStatusAndTheReasonOfTheDecision() {
        CoachingTestData w = new CoachingTestData(ctx);
        ApplicationReceipt r = onboarding.apply(new ApplicationForm(w.project.id(), CoachingTestData.organisationNumber(),
                "Handeln " + w.key, "Torget 1", "69141", "Karlskoga", "1883", "47.110", 4, 21,
                TurnoverClass.FROM_10_TO_50_MSEK, "Anna Andersson", "anna-" + UUID.randomUUID() + "@handel.se",
                "0586-123 45", true, BigDecimal.ZERO, "sv"));
        onboarding.recordEligibility(r.applicationId(), ApplicationStatus.NOT_ELIGIBLE, "application.reason.notManufacturing");

        UI.getCurrent().navigate("onboarding/status/" + r.reference());

        assertThat(_get(Span.class, s -> s.withId("application-status-reference")).getText()).contains(r.reference());
        assertThat(_get(Span.class, s -> s.withId("application-status-status")).getText()).isEqualTo("Inte behörig");
        assertThat(_get(Paragraph.class, s -> s.withId("application-status-reason")).getText())
                .contains("tillverkande företag (SNI 10–33)");
        assertThat(_get(ApplicationStatusView.class).getElement().getText()).doesNotContain("Handeln");
    }

    @Test
    void unknownOrMalformedReferenceShowsNothing() {
        UI.getCurrent().navigate("onboarding/status/KR-1999-99999");
        _get(Paragraph.class, s -> s.withId("application-status-unknown"));
        UI.getCurrent().navigate("onboarding/status/nonsense");
        _get(Paragraph.class, s -> s.withId("application-status-unknown"));
        _assertNone(Span.class, s -> s.withId("application-status-status"));
    }
}
