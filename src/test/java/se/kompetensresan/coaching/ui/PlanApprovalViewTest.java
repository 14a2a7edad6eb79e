package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlanStatus;
import se.kompetensresan.shared.CompetenceAreas;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.mvysny.kaributesting.v10.GridKt;

class PlanApprovalViewTest extends KaribuTest {

    @Autowired
    CoachingService coaching;
    CoachingTestData w;

    @BeforeEach
    void submittedPlan() {
        TestInbox.register();
        w = new CoachingTestData(ctx);
        coaching.preparePlan(w.companyA.id(), "Bred", List.of(CompetenceAreas.LEAN, CompetenceAreas.WELDING));
        login(w.coachA);
        coaching.logSession(w.companyA.id(), new CoachingSessionForm(LocalDate.now(), 60, null, "Träff", null));
        coaching.submitPlan(w.companyA.id());
    }

    private PlanStatus status() {
        login(w.managerA);
        return coaching.currentPlan(w.companyA.id()).orElseThrow().status();
    }

    @Test
    void companyApprovesThePlan() {
        login(w.companyUserA);
        UI.getCurrent().navigate("plan/" + w.companyA.id());
        _click(_get(Button.class, s -> s.withId("plan-approve")));
        assertThat(TestInbox.shown()).isTrue();
        assertThat(status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void askingForChangesWithoutACommentShowsAnError() {
        login(w.companyUserA);
        UI.getCurrent().navigate("plan/" + w.companyA.id());
        _click(_get(Button.class, s -> s.withId("plan-reject")));
        TextArea comment = _get(TextArea.class, s -> s.withId("plan-reject-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Beskriv vad ni vill ändra.");
        assertThat(TestInbox.shown()).isFalse();

        _setValue(comment, "Fler deltagare i svetsningen");
        _click(_get(Button.class, s -> s.withId("plan-reject")));
        assertThat(TestInbox.shown()).isTrue();
        login(w.coachA);
        var plan = coaching.currentPlan(w.companyA.id()).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.companyComment()).isEqualTo("Fler deltagare i svetsningen");
    }

    @Test
    void theCoachSeesThePlanWithoutDecisionButtons() {
        login(w.coachA);
        UI.getCurrent().navigate("plan/" + w.companyA.id());
        _get(PlanApprovalView.class);
        _assertNone(Button.class, s -> s.withId("plan-approve"));
        _assertNone(Button.class, s -> s.withId("plan-reject"));
    }

    @Test
    void anotherCompanyCannotOpenThePlan() {
        login(w.companyUserB);
        UI.getCurrent().navigate("plan/" + w.companyA.id());
        _assertNone(PlanApprovalView.class);
        assertThat(status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void everyoneSeesTheEarlierVersionsWithTheCompanysComment() {
        login(w.companyUserA);
        coaching.rejectPlan(w.companyA.id(), "Fler deltagare i svetsningen");
        login(w.coachA);
        coaching.submitPlan(w.companyA.id());
        login(w.companyUserA);
        UI.getCurrent().navigate("plan/" + w.companyA.id());
        _get(Button.class, s -> s.withId("plan-approve"));
        assertThat(_get(Details.class, s -> s.withId("plan-version-1")).getSummaryText())
                .isEqualTo("Version 1 – begärde ändringar: Fler deltagare i svetsningen");
        assertThat(_get(Details.class, s -> s.withId("plan-version-2")).getSummaryText())
                .startsWith("Version 2 – skickad").endsWith("väntar på företagets beslut");
        login(w.managerA);
        UI.getCurrent().navigate("plan/" + w.companyA.id());
        _get(Details.class, s -> s.withId("plan-version-1"));
    }

    @Test
    void theCompanySeesTheCourseAndProviderOfEachAction() {
        CoachingTestData other = new CoachingTestData(ctx);
        var course = other.course(CompetenceAreas.SUSTAINABILITY, "Energieffektivisering", 12, "4200");
        try {
            other.approvedPlanOfCompanyA(coaching, CompetenceAreas.SUSTAINABILITY);
            login(other.companyUserA);
            UI.getCurrent().navigate("plan/" + other.companyA.id());
            @SuppressWarnings("unchecked")
            Grid<Object> grid = _get(Grid.class, s -> s.withId("activity-grid"));
            assertThat(GridKt._getFormattedRow(grid, 0))
                    .contains(course.name() + " (" + course.provider() + ")");
        } finally {
            other.deactivateCourses();
        }
    }
}
