package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.catalogue.TrainingCourseInfo;
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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;

class CoachingViewTest extends KaribuTest {

    @Autowired
    CoachingService coaching;
    CoachingTestData w;

    @BeforeEach
    void world() {
        TestInbox.register();
        w = new CoachingTestData(ctx);
    }

    @AfterEach
    void courses() {
        w.deactivateCourses();
    }

    private void open() {
        UI.getCurrent().navigate("coaching/" + w.companyA.id());
    }

    @Test
    void coachLogsASession() {
        login(w.coachA);
        open();
        assertThat(_get(H1.class, s -> s.withId("coaching-company")).getText()).isEqualTo(w.companyA.name());
        _setValue(_get(IntegerField.class, s -> s.withId("session-duration")), 90);
        _setValue(_get(TextField.class, s -> s.withId("session-participants")), "VD och produktionschef");
        _setValue(_get(TextArea.class, s -> s.withId("session-notes")), "Gick igenom kartläggningen");
        _setValue(_get(TextArea.class, s -> s.withId("session-next-steps")), "Ta fram planen");
        _click(_get(Button.class, s -> s.withId("session-save")));

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("session-grid"));
        assertThat(grid.getListDataView().getItemCount()).isEqualTo(1);
        assertThat(coaching.sessions(w.companyA.id())).singleElement().satisfies(s -> {
            assertThat(s.durationMinutes()).isEqualTo(90);
            assertThat(s.heldOn()).isEqualTo(LocalDate.now());
        });
        assertThat(_get(TextArea.class, s -> s.withId("session-notes")).getValue()).isEmpty();
    }

    @Test
    void sessionWithoutNotesShowsTheErrorAtTheField() {
        login(w.coachA);
        open();
        _setValue(_get(IntegerField.class, s -> s.withId("session-duration")), 5);
        _setValue(_get(TextArea.class, s -> s.withId("session-notes")), "Anteckning");
        _click(_get(Button.class, s -> s.withId("session-save")));
        IntegerField duration = _get(IntegerField.class, s -> s.withId("session-duration"));
        assertThat(duration.isInvalid()).isTrue();
        assertThat(duration.getErrorMessage()).contains("15").contains("480");
        assertThat(duration.getValue()).isEqualTo(5);
        assertThat(_get(TextArea.class, s -> s.withId("session-notes")).getValue()).isEqualTo("Anteckning");
        assertThat(coaching.sessions(w.companyA.id())).isEmpty();
    }

    @Test
    void coachAddsAnActionAndSubmitsThePlan() {
        coaching.preparePlan(w.companyA.id(), "Bred", List.of(CompetenceAreas.LEAN));
        login(w.coachA);
        coaching.logSession(w.companyA.id(), new CoachingSessionForm(LocalDate.now(), 60, null, "Träff", null));
        open();
        _click(_get(Button.class, s -> s.withId("activity-add")));
        @SuppressWarnings("unchecked")
        ComboBox<String> area = _get(ComboBox.class, s -> s.withId("activity-area"));
        _setValue(area, CompetenceAreas.WELDING);
        assertThat(_get(TextField.class, s -> s.withId("activity-title")).getValue()).isEqualTo("Svetsning");
        _setValue(_get(TextField.class, s -> s.withId("activity-title")), "Svetsning MIG/MAG");
        _setValue(_get(IntegerField.class, s -> s.withId("activity-participants")), 0);
        _setValue(_get(IntegerField.class, s -> s.withId("activity-hours")), 24);
        _click(_get(Button.class, s -> s.withId("activity-save")));
        assertThat(_get(IntegerField.class, s -> s.withId("activity-participants")).isInvalid()).isTrue();
        _setValue(_get(IntegerField.class, s -> s.withId("activity-participants")), 6);
        _click(_get(Button.class, s -> s.withId("activity-save")));
        _assertNone(IntegerField.class, s -> s.withId("activity-participants"));
        assertThat(coaching.currentPlan(w.companyA.id()).orElseThrow().activities()).hasSize(2);

        _setValue(_get(TextArea.class, s -> s.withId("plan-summary")), "Lean och svetsning först");
        _click(_get(Button.class, s -> s.withId("plan-submit")));
        assertThat(TestInbox.shown()).isTrue();
        var plan = coaching.currentPlan(w.companyA.id()).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.summary()).isEqualTo("Lean och svetsning först");
    }

    @Test
    void coachSeesTheCompanysRequestForChanges() {
        coaching.preparePlan(w.companyA.id(), "Bred", List.of(CompetenceAreas.LEAN));
        login(w.coachA);
        coaching.logSession(w.companyA.id(), new CoachingSessionForm(LocalDate.now(), 60, null, "Träff", null));
        coaching.submitPlan(w.companyA.id());
        login(w.companyUserA);
        coaching.rejectPlan(w.companyA.id(), "Fler deltagare");
        login(w.coachA);
        open();
        assertThat(_get(Paragraph.class, s -> s.withId("plan-company-comment")).getText()).contains("Fler deltagare");
        _get(Button.class, s -> s.withId("plan-submit"));
        assertThat(_get(Details.class, s -> s.withId("plan-version-1")).getSummaryText())
                .isEqualTo("Version 1 – begärde ändringar: Fler deltagare");
    }

    @Test
    void managerSeesThePlanReadOnlyAndForeignCoachIsRefused() {
        coaching.preparePlan(w.companyA.id(), "Bred", List.of(CompetenceAreas.LEAN));
        login(w.managerA);
        open();
        assertThat(_get(TextArea.class, s -> s.withId("plan-summary")).isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("plan-submit"));
        _assertNone(Button.class, s -> s.withId("session-save"));
        login(w.coachB);
        open();
        _assertNone(CoachingView.class);
        _get(Component.class, s -> s.withId("access-refused"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void coachChoosesAnActionFromTheCatalogue() {
        TrainingCourseInfo lean = w.course(CompetenceAreas.LEAN, "Lean grundkurs", 16, "5500");
        TrainingCourseInfo welding = w.course(CompetenceAreas.WELDING, "MIG/MAG-svetsning", 40, "12900");
        coaching.preparePlan(w.companyA.id(), "Bred", List.of());
        login(w.coachA);
        open();
        _click(_get(Button.class, s -> s.withId("activity-add")));
        RadioButtonGroup<ActivityDialog.Source> source = _get(RadioButtonGroup.class, s -> s.withId("activity-source"));
        assertThat(source.getValue()).isEqualTo(ActivityDialog.Source.CATALOGUE);
        _setValue(_get(ComboBox.class, s -> s.withId("activity-area")), CompetenceAreas.WELDING);
        ComboBox<TrainingCourseInfo> course = _get(ComboBox.class, s -> s.withId("activity-course"));
        List<TrainingCourseInfo> offered = course.getListDataView().getItems().toList();
        assertThat(offered).contains(lean, welding);
        assertThat(offered.indexOf(welding)).as("the action's area first").isLessThan(offered.indexOf(lean));

        _setValue(course, welding);
        assertThat(_get(TextField.class, s -> s.withId("activity-title")).getValue()).isEqualTo(welding.name());
        assertThat(_get(IntegerField.class, s -> s.withId("activity-hours")).getValue()).isEqualTo(40);
        _setValue(_get(IntegerField.class, s -> s.withId("activity-participants")), 3);
        assertThat(_get(BigDecimalField.class, s -> s.withId("activity-cost")).getValue()).isEqualByComparingTo("38700");
        _click(_get(Button.class, s -> s.withId("activity-save")));
        _assertNone(ComboBox.class, s -> s.withId("activity-course"));

        var action = coaching.currentPlan(w.companyA.id()).orElseThrow().activities().get(0);
        assertThat(action.courseId()).isEqualTo(welding.id());
        assertThat(action.title()).isEqualTo(welding.name());
        assertThat(action.estimatedCost()).isEqualByComparingTo("38700");

        // editing it opens on the course; free text drops the course
        @SuppressWarnings("unchecked")
        Grid<Object> activities = _get(Grid.class, s -> s.withId("activity-grid"));
        _click(_get(GridKt._getCellComponent(activities, 0, "actions"), Button.class,
                s -> s.withId("activity-edit-" + action.id())));
        assertThat(_get(ComboBox.class, s -> s.withId("activity-course")).getValue()).isEqualTo(welding);
        assertThat(_get(BigDecimalField.class, s -> s.withId("activity-cost")).getValue()).isEqualByComparingTo("38700");
        _setValue(_get(RadioButtonGroup.class, s -> s.withId("activity-source")), ActivityDialog.Source.FREE_TEXT);
        _setValue(_get(TextField.class, s -> s.withId("activity-title")), "Egen svetskurs");
        _click(_get(Button.class, s -> s.withId("activity-save")));
        var edited = coaching.currentPlan(w.companyA.id()).orElseThrow().activities().get(0);
        assertThat(edited.courseId()).isNull();
        assertThat(edited.title()).isEqualTo("Egen svetskurs");
    }
}
