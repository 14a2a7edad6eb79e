package se.kompetensresan.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.coaching.ui.TestInbox;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.training.AttendanceInfo;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.ParticipantHours;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.training.TrainingStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.mvysny.kaributesting.v10.GridKt;

/** BookTrainingView, AttendanceView and ApproveAttendanceView. */
class TrainingViewsTest extends KaribuTest {

    static final String MAN = CoachingTestData.personnummer("19900101", 1);
    static final String WOMAN = CoachingTestData.personnummer("19850505", 2);

    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    CoachingTestData w;
    long plannedId;

    @BeforeEach
    void approvedPlan() {
        TestInbox.register();
        w = new CoachingTestData(ctx);
        plannedId = w.approvedPlanOfCompanyA(coaching, CompetenceAreas.WELDING).get(0);
    }

    private long booked() {
        login(w.coachA);
        return training.bookActivity(plannedId, new TrainingActivityForm("Svets", "Svetsskolan", "Karlskoga",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 5), 24)).id();
    }

    private TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    private BigDecimalField decimal(String id) {
        return _get(BigDecimalField.class, s -> s.withId(id));
    }

    @Test
    void coachBooksTheTrainingFromThePrefilledForm() {
        login(w.coachA);
        UI.getCurrent().navigate("training/book/" + plannedId);
        assertThat(text("training-course").getValue()).isEqualTo("Svetsning");
        assertThat(_get(IntegerField.class, s -> s.withId("training-hours")).getValue()).isEqualTo(16);
        _setValue(text("training-course"), "Svetsning MIG/MAG steg 1");
        _setValue(text("training-provider"), "Svetsskolan");
        _setValue(text("training-location"), "Karlskoga");
        _setValue(_get(DatePicker.class, s -> s.withId("training-start")), LocalDate.of(2025, 3, 3));
        _setValue(_get(DatePicker.class, s -> s.withId("training-end")), LocalDate.of(2025, 3, 1));
        _click(_get(Button.class, s -> s.withId("training-book")));
        assertThat(_get(DatePicker.class, s -> s.withId("training-end")).isInvalid()).isTrue();
        assertThat(training.activityIdFor(plannedId)).isEmpty();

        _setValue(_get(DatePicker.class, s -> s.withId("training-end")), LocalDate.of(2025, 3, 5));
        _click(_get(Button.class, s -> s.withId("training-book")));
        assertThat(TestInbox.shown()).isTrue();
        var activity = training.activity(training.activityIdFor(plannedId).orElseThrow());
        assertThat(activity.courseName()).isEqualTo("Svetsning MIG/MAG steg 1");
        assertThat(activity.endDate()).isEqualTo(LocalDate.of(2025, 3, 5));
    }

    @Test
    void aCoachOutsideTheDelprojektCannotOpenTheBooking() {
        login(w.coachB);
        UI.getCurrent().navigate("training/book/" + plannedId);
        _assertNone(BookTrainingView.class);
    }

    @Test
    void invalidPersonnummerIsShownAtTheFieldAndKept() {
        long id = booked();
        login(w.companyUserA);
        UI.getCurrent().navigate("training/attendance/" + id);
        _setValue(text("attendance-name-0"), "Bo Berg");
        _setValue(text("attendance-pnr-0"), "19900101-0018");
        _setValue(decimal("attendance-hours-0"), new BigDecimal("8"));
        _click(_get(Button.class, s -> s.withId("attendance-submit")));
        TextField pnr = text("attendance-pnr-0");
        assertThat(pnr.isInvalid()).isTrue();
        assertThat(pnr.getErrorMessage()).isEqualTo("Personnumret är inte giltigt (ÅÅÅÅMMDD-NNNN).");
        assertThat(pnr.getValue()).isEqualTo("19900101-0018");
        assertThat(TestInbox.shown()).isFalse();
        assertThat(training.activity(id).status()).isEqualTo(TrainingStatus.BOOKED);
    }

    @Test
    void companyReportsAttendanceForTwoParticipants() {
        long id = booked();
        login(w.companyUserA);
        UI.getCurrent().navigate("training/attendance/" + id);
        _setValue(text("attendance-name-0"), "Bo Berg");
        _setValue(text("attendance-pnr-0"), MAN);
        _setValue(decimal("attendance-hours-0"), new BigDecimal("24"));
        _click(_get(Button.class, s -> s.withId("attendance-add")));
        _setValue(text("attendance-name-1"), "Anna Andersson");
        _setValue(text("attendance-pnr-1"), WOMAN);
        _setValue(decimal("attendance-hours-1"), new BigDecimal("99"));
        _click(_get(Button.class, s -> s.withId("attendance-submit")));
        assertThat(decimal("attendance-hours-1").isInvalid()).isTrue();
        _setValue(decimal("attendance-hours-1"), new BigDecimal("20.5"));
        _click(_get(Button.class, s -> s.withId("attendance-submit")));
        assertThat(TestInbox.shown()).isTrue();
        var activity = training.activity(id);
        assertThat(activity.status()).isEqualTo(TrainingStatus.REPORTED);
        assertThat(activity.attendance()).extracting(AttendanceInfo::name).containsExactly("Bo Berg", "Anna Andersson");

        // back on the page, the saved personnummer are masked
        UI.getCurrent().navigate("training/attendance/" + id);
        assertThat(text("attendance-pnr-0").getValue()).isEqualTo("19900101-XXXX");
        assertThat(text("attendance-pnr-0").isReadOnly()).isTrue();
    }

    @Test
    void coachApprovesTheReportedHours() {
        long id = booked();
        login(w.companyUserA);
        training.reportAttendance(id, List.of(new ParticipantHours("Bo Berg", MAN, new BigDecimal("24")),
                new ParticipantHours("Anna Andersson", WOMAN, new BigDecimal("20"))));
        login(w.coachA);
        UI.getCurrent().navigate("training/approve/" + id);
        @SuppressWarnings("unchecked")
        Grid<AttendanceInfo> grid = _get(Grid.class, s -> s.withId("attendance-grid"));
        assertThat(grid.getListDataView().getItemCount()).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .containsExactly("Bo Berg", "19900101-XXXX", "Man", "24");
        assertThat(_get(Paragraph.class, s -> s.withId("attendance-total")).getText())
                .contains("2 deltagare").contains("1 kvinna").contains("1 man").contains("44");
        _click(_get(Button.class, s -> s.withId("attendance-approve")));
        assertThat(TestInbox.shown()).isTrue();
        assertThat(training.activity(id).status()).isEqualTo(TrainingStatus.APPROVED);
    }

    @Test
    void bookingStartsFromTheActionsCatalogueCourse() {
        CoachingTestData other = new CoachingTestData(ctx);
        TrainingCourseInfo course = other.course(CompetenceAreas.SUSTAINABILITY, "Energieffektivisering", 12, "4200");
        try {
            long planned = other.approvedPlanOfCompanyA(coaching, CompetenceAreas.SUSTAINABILITY).get(0);
            login(other.coachA);
            UI.getCurrent().navigate("training/book/" + planned);
            assertThat(text("training-course").getValue()).isEqualTo(course.name());
            assertThat(text("training-provider").getValue()).isEqualTo(course.provider());
            assertThat(_get(IntegerField.class, s -> s.withId("training-hours")).getValue()).isEqualTo(12);
            assertThat(_get(Paragraph.class, s -> s.withId("training-catalogue-course")).getText()).contains(course.provider());
            _setValue(text("training-location"), "Karlskoga");
            _setValue(_get(DatePicker.class, s -> s.withId("training-start")), LocalDate.of(2025, 3, 3));
            _setValue(_get(DatePicker.class, s -> s.withId("training-end")), LocalDate.of(2025, 3, 4));
            _click(_get(Button.class, s -> s.withId("training-book")));
            assertThat(TestInbox.shown()).isTrue();
            var booked = training.activity(training.activityIdFor(planned).orElseThrow());
            assertThat(booked.courseName()).isEqualTo(course.name());
            assertThat(booked.provider()).isEqualTo(course.provider());
            assertThat(booked.hoursPerParticipant()).isEqualTo(12);
        } finally {
            other.deactivateCourses();
        }
    }
}
