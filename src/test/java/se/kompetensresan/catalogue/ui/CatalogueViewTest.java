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
    @Autowired
    se.kompetensresan.catalogue.CourseDateService courseDates;
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
        w.deactivateCourses();
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

    @Test
    @SuppressWarnings("unchecked")
    void managerAddsAnOpenCourseWithItsProcurementAndACourseDateWithTheErrorsBesideTheFields() {
        login(w.managerA);
        UI.getCurrent().navigate("catalogue");
        _click(_get(Button.class, s -> s.withId("catalogue-new")));
        _setValue(text("course-name"), "Heta arbeten " + w.key);
        _setValue(text("course-provider"), "Brandskyddsutbildarna " + w.key);
        _setValue(_get(ComboBox.class, s -> s.withId("course-area")), CompetenceAreas.WORK_ENVIRONMENT);
        _setValue(_get(IntegerField.class, s -> s.withId("course-hours")), 8);
        _setValue(_get(BigDecimalField.class, s -> s.withId("course-price")), new BigDecimal("2500"));
        _setValue(_get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withId("course-kind")),
                se.kompetensresan.catalogue.CourseKind.OPEN_COURSE);
        _setValue(_get(ComboBox.class, s -> s.withId("course-procurement")),
                se.kompetensresan.catalogue.ProcurementStatus.FRAMEWORK_AGREEMENT);
        var projects = _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, s -> s.withId("course-projects"));
        assertThat(projects.getListDataView().getItems()).extracting(p -> ((se.kompetensresan.project.ProjectInfo) p).id())
                .containsExactly(w.project.id());
        _click(_get(Button.class, s -> s.withId("course-save")));
        TextField supplier = text("course-supplier");
        assertThat(supplier.isInvalid()).isTrue();
        assertThat(supplier.getErrorMessage()).isEqualTo("Ange leverantör för en upphandlad kurs.");
        assertThat(text("course-name").getValue()).isEqualTo("Heta arbeten " + w.key);

        _setValue(supplier, "Brandskyddsutbildarna i Mälardalen");
        projects.setValue(java.util.Set.copyOf(projects.getListDataView().getItems().toList()));
        _click(_get(Button.class, s -> s.withId("course-save")));
        _assertNone(TextField.class, s -> s.withId("course-name"));
        _setValue(text("catalogue-search"), w.key);
        TrainingCourseInfo c = grid().getListDataView().getItems().findFirst().orElseThrow();
        assertThat(c.open()).isTrue();
        assertThat(c.supplier()).isEqualTo("Brandskyddsutbildarna i Mälardalen");
        assertThat(c.projectIds()).containsExactly(w.project.id());
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Öppen kurs · Lärosal", "Projekt " + w.key,
                "Ramavtal – Brandskyddsutbildarna i Mälardalen");

        // a course date of the open course, from its row
        _click(_get(GridKt._getCellComponent(grid(), 0, "actions"), Button.class, s -> s.withId("course-new-date-" + c.id())));
        var start = _get(com.vaadin.flow.component.datepicker.DatePicker.class, s -> s.withId("course-date-start"));
        _setValue(start, java.time.LocalDate.now().plusWeeks(3));
        _setValue(text("course-date-place"), "Karlskoga");
        _setValue(_get(IntegerField.class, s -> s.withId("course-date-min")), 8);
        _setValue(_get(IntegerField.class, s -> s.withId("course-date-max")), 6);
        _click(_get(Button.class, s -> s.withId("course-date-save")));
        IntegerField max = _get(IntegerField.class, s -> s.withId("course-date-max"));
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage()).isEqualTo("Högsta antal kan inte vara lägre än minsta antal deltagare.");
        _setValue(max, 12);
        _click(_get(Button.class, s -> s.withId("course-date-save")));
        _assertNone(IntegerField.class, s -> s.withId("course-date-max"));
        assertThat(courseDates.datesOf(c.id())).singleElement().satisfies(d -> {
            assertThat(d.place()).isEqualTo("Karlskoga");
            assertThat(d.endDate()).isEqualTo(java.time.LocalDate.now().plusWeeks(3));
            assertThat(d.minParticipants()).isEqualTo(8);
            assertThat(d.maxParticipants()).isEqualTo(12);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManagerSeesTheBookedSeatsOfTheCourseDatesAndTheOnesThatWillNotReachTheirMinimum() {
        TrainingCourseInfo open = w.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Truckkort", 24);
        w.runAs(w.managerA);
        var soon = courseDates.save(new se.kompetensresan.catalogue.CourseDateForm(null, open.id(),
                java.time.LocalDate.now().plusWeeks(2), java.time.LocalDate.now().plusWeeks(2), "Örebro", 6, 12));
        var later = courseDates.save(new se.kompetensresan.catalogue.CourseDateForm(null, open.id(),
                java.time.LocalDate.now().plusWeeks(12), java.time.LocalDate.now().plusWeeks(12), "Karlskoga", 6, 12));
        courseDates.reserveSeats(soon.id(), open.id(), System.nanoTime(), w.companyA.id(), w.subprojectA.id(), 5);

        login(w.managerA);
        UI.getCurrent().navigate("catalogue");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("catalogue-dates-link")).getHref())
                .isEqualTo("catalogue/dates");
        UI.getCurrent().navigate("catalogue/dates");
        Grid<se.kompetensresan.catalogue.CourseDateInfo> dates = _get(Grid.class, s -> s.withId("course-dates-grid"));
        var rows = dates.getListDataView().getItems().filter(d -> d.courseId() == open.id()).toList();
        assertThat(rows).extracting(se.kompetensresan.catalogue.CourseDateInfo::id).containsExactly(soon.id(), later.id());
        int soonRow = dates.getListDataView().getItems().toList().indexOf(rows.get(0));
        assertThat(GridKt._getFormattedRow(dates, soonRow)).contains("5 av 6–12", "7");
        _get(GridKt._getCellComponent(dates, soonRow, "actions"), com.vaadin.flow.component.html.Span.class,
                s -> s.withId("course-date-below-minimum-" + soon.id()).withText("Når inte minimum"));
        int laterRow = dates.getListDataView().getItems().toList().indexOf(rows.get(1));
        _assertNone(GridKt._getCellComponent(dates, laterRow, "actions"), com.vaadin.flow.component.html.Span.class,
                s -> s.withId("course-date-below-minimum-" + later.id()));

        // the maximum cannot fall below the seats booked
        _click(_get(GridKt._getCellComponent(dates, soonRow, "actions"), Button.class, s -> s.withId("course-date-edit-" + soon.id())));
        IntegerField max = _get(IntegerField.class, s -> s.withId("course-date-max"));
        _setValue(_get(IntegerField.class, s -> s.withId("course-date-min")), 2);
        _setValue(max, 4);
        _click(_get(Button.class, s -> s.withId("course-date-save")));
        assertThat(max.getErrorMessage()).isEqualTo("Det finns redan 5 bokade platser. Högsta antal kan inte vara lägre.");
        _setValue(max, 5);
        _click(_get(Button.class, s -> s.withId("course-date-save")));
        assertThat(courseDates.datesOf(open.id()).get(0).seatsLeft()).isZero();
    }

    @Test
    void theCourseDatesOverviewIsClosedToCoachesAndCompanies() {
        for (String user : java.util.List.of(w.coachA, w.companyUserA)) {
            login(user);
            Throwable refused = Assertions.catchThrowable(() -> {
                UI.getCurrent().navigate("catalogue/dates");
                _get(Grid.class, s -> s.withId("course-dates-grid"));
            });
            assertThat(refused).as(user).isNotNull().hasMessageContaining("AccessDenied");
        }
    }
}
