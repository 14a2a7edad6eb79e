package se.kompetensresan.catalogue.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDelivery;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.shared.CompetenceAreas;

import java.math.BigDecimal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.vaadin.flow.component.html.Paragraph;
import org.assertj.core.api.Assertions;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    CatalogueService catalogue;
    CoachingTestData w;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
    }

    /** The catalogue is shared by every test: nothing this test added stays on offer. */
    @AfterEach
    void deactivate() {
        w.runAs(w.admin);
        catalogue.search(w.key, null, false).forEach(c -> catalogue.setActive(c.id(), false));
    }

    @SuppressWarnings("unchecked")
    private Grid<TrainingCourseInfo> grid() {
        return _get(Grid.class, s -> s.withId("catalogue-grid"));
    }

    private TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void managerAddsACourseAndSeesTheErrorsBesideTheFields() {
        login(w.managerA);
        UI.getCurrent().navigate("catalogue");
        _click(_get(Button.class, s -> s.withId("catalogue-new")));
        _setValue(text("course-name"), "Hydraulik grund " + w.key);
        _setValue(text("course-provider"), "Yrkeshögskolan " + w.key);
        _setValue(_get(ComboBox.class, s -> s.withId("course-area")), CompetenceAreas.MAINTENANCE);
        _setValue(_get(IntegerField.class, s -> s.withId("course-hours")), 0);
        _setValue(_get(BigDecimalField.class, s -> s.withId("course-price")), new BigDecimal("9800"));
        _click(_get(Button.class, s -> s.withId("course-save")));
        IntegerField hours = _get(IntegerField.class, s -> s.withId("course-hours"));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Timmar per deltagare ska vara mellan 1 och 400.");
        assertThat(text("course-name").getValue()).isEqualTo("Hydraulik grund " + w.key);

        _setValue(hours, 24);
        _click(_get(Button.class, s -> s.withId("course-save")));
        _assertNone(TextField.class, s -> s.withId("course-name"));
        _setValue(text("catalogue-search"), w.key);
        assertThat(grid().getListDataView().getItems()).singleElement().satisfies(c -> {
            assertThat(c.hoursPerParticipant()).isEqualTo(24);
            assertThat(c.areaCode()).isEqualTo(CompetenceAreas.MAINTENANCE);
            assertThat(c.delivery()).isEqualTo(CourseDelivery.CLASSROOM);
        });
        long id = grid().getListDataView().getItems().findFirst().orElseThrow().id();

        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class, s -> s.withId("course-deactivate-" + id)));
        _assertNone(Grid.class, s -> s.withId("catalogue-grid"));
        _get(Paragraph.class, s -> s.withId("catalogue-empty"));
        _setValue(_get(Checkbox.class, s -> s.withId("catalogue-show-inactive")), true);
        assertThat(grid().getListDataView().getItems()).extracting(TrainingCourseInfo::active).containsExactly(false);
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class, s -> s.withId("course-activate-" + id)));
        assertThat(grid().getListDataView().getItems()).extracting(TrainingCourseInfo::active).containsExactly(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void coachReadsTheCatalogueFilteredByArea() {
        TrainingCourseInfo welding = w.course(CompetenceAreas.WELDING, "MIG/MAG-svetsning", 40, "12900");
        TrainingCourseInfo lean = w.course(CompetenceAreas.LEAN, "Lean grundkurs", 16, "5500");
        login(w.coachA);
        UI.getCurrent().navigate("catalogue");
        _assertNone(Button.class, s -> s.withId("catalogue-new"));
        _assertNone(Checkbox.class, s -> s.withId("catalogue-show-inactive"));
        _setValue(text("catalogue-search"), w.key);
        assertThat(grid().getListDataView().getItems()).containsExactlyInAnyOrder(welding, lean);
        assertThat(grid().getColumnByKey("actions")).isNull();
        _setValue(_get(ComboBox.class, s -> s.withId("catalogue-area")), CompetenceAreas.LEAN);
        assertThat(grid().getListDataView().getItems()).containsExactly(lean);
    }

    @Test
    void aCompanyUserCannotOpenTheCatalogue() {
        login(w.companyUserA);
        Throwable refused = Assertions.catchThrowable(() -> {
            UI.getCurrent().navigate("catalogue");
            _get(Grid.class, s -> s.withId("catalogue-grid"));
        });
        assertThat(refused).isNotNull().hasMessageContaining("AccessDenied");
    }
}
