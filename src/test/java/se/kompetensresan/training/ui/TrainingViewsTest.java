package se.kompetensresan.training.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
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
import se.kompetensresan.training.TrainingActivityForm;
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

/** BookTrainingView (the attendance views are the participant module's). */
class TrainingViewsTest extends KaribuTest {

    static final String MAN = CoachingTestData.personnummer("19900101", 1);
    static final String WOMAN = CoachingTestData.personnummer("19850505", 2);

    @Autowired
    CoachingService coaching;
    @Autowired
    TrainingService training;
    @Autowired
    se.kompetensresan.catalogue.CourseDateService courseDates;
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
    void aBookingOverTheDeMinimisCapIsRefusedBesideTheCourseAndNearTheCapTheFormWarns() {
        login(w.managerA);
        var deMinimis = ctx.getBean(se.kompetensresan.company.DeMinimisService.class);
        deMinimis.correctDeclaration(w.companyA.id(), List.of("0", "280 000", "0"));
        login(w.coachA);
        UI.getCurrent().navigate("training/book/" + plannedId);
        assertThat(_get(Paragraph.class, s -> s.withId("training-deminimis-warning")).getText().replace('\u00a0', ' '))
                .startsWith("Observera: med den här bokningen får företaget 28").contains("av taket 300 000 EUR");

        login(w.managerA);
        deMinimis.correctDeclaration(w.companyA.id(), List.of("0", "300 000,01", "0"));
        login(w.coachA);
        UI.getCurrent().navigate("training/book/" + plannedId);
        _setValue(_get(DatePicker.class, s -> s.withId("training-start")), LocalDate.of(2025, 3, 3));
        _setValue(_get(DatePicker.class, s -> s.withId("training-end")), LocalDate.of(2025, 3, 5));
        _click(_get(Button.class, s -> s.withId("training-book")));
        TextField course = text("training-course");
        assertThat(course.isInvalid()).isTrue();
        assertThat(course.getErrorMessage().replace('\u00a0', ' ')).startsWith(
                "Bokningen skulle ge företaget 300 0").contains("EUR i stöd av mindre betydelse under 3 beskattningsår")
                .contains("över taket 300 000 EUR");
        assertThat(training.activityIdFor(plannedId)).isEmpty();
    }

    @Test
    void aCoachOutsideTheDelprojektCannotOpenTheBooking() {
        login(w.coachB);
        UI.getCurrent().navigate("training/book/" + plannedId);
        _assertNone(BookTrainingView.class);
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

    @Test
    @SuppressWarnings("unchecked")
    void aCoachBooksTwoCompaniesOntoOneOpenCourseDateAndSeesTheSeatsLeft() {
        CoachingTestData o = new CoachingTestData(ctx);
        TrainingCourseInfo course = o.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Heta arbeten", 8);
        try {
            o.runAs(o.managerA);
            var date = courseDates.save(new se.kompetensresan.catalogue.CourseDateForm(null, course.id(),
                    LocalDate.now().plusWeeks(5), LocalDate.now().plusWeeks(5), "Karlskoga, Lärcentrum", 4, 10));
            long actionA = o.approvedPlanWithCourse(coaching, o.companyA, o.coachA, o.companyUserA, course.id(), 6);
            long actionB = o.approvedPlanWithCourse(coaching, o.companyB, o.coachB, o.companyUserB, course.id(), 5);

            login(o.coachA);
            UI.getCurrent().navigate("training/book/" + actionA);
            var dates = _get(ComboBox.class, s -> s.withId("training-course-date"));
            assertThat(dates.getListDataView().getItems().toList()).singleElement();
            assertThat(dates.getItemLabelGenerator().apply(date)).isEqualTo(
                    date.startDate() + " – " + date.endDate() + ", Karlskoga, Lärcentrum: 10 platser kvar av 10");
            _click(_get(Button.class, s -> s.withId("training-book")));
            assertThat(dates.isInvalid()).isTrue();
            assertThat(dates.getErrorMessage()).isEqualTo("Välj ett kurstillfälle för den öppna kursen.");
            _setValue(dates, date);
            assertThat(_get(DatePicker.class, s -> s.withId("training-start")).getValue()).isEqualTo(date.startDate());
            assertThat(_get(DatePicker.class, s -> s.withId("training-start")).isReadOnly()).isTrue();
            assertThat(text("training-location").getValue()).isEqualTo("Karlskoga, Lärcentrum");
            assertThat(_get(Paragraph.class, s -> s.withId("training-seats")).getText())
                    .isEqualTo("10 platser kvar av 10. Insatsen tar 6 platser (de planerade deltagarna).");
            _click(_get(Button.class, s -> s.withId("training-book")));
            assertThat(TestInbox.shown()).isTrue();
            assertThat(training.activity(training.activityIdFor(actionA).orElseThrow()).courseDateId()).isEqualTo(date.id());

            // the second company's coach sees the seats the first booking left, and is refused beside the field
            TestInbox.register();
            login(o.coachB);
            UI.getCurrent().navigate("training/book/" + actionB);
            var datesB = _get(ComboBox.class, s -> s.withId("training-course-date"));
            var left = (se.kompetensresan.catalogue.CourseDateInfo) datesB.getListDataView().getItems().findFirst().orElseThrow();
            assertThat(left.seatsLeft()).isEqualTo(4);
            _setValue(datesB, left);
            // company A's booking is counted in the seats, not named to the coach of another delprojekt
            _assertNone(Paragraph.class, s -> s.withId("training-course-date-booked"));
            assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                    .doesNotContain(o.companyA.name());
            assertThat(_get(Paragraph.class, s -> s.withId("training-seats")).getText())
                    .isEqualTo("4 platser kvar av 10. Insatsen tar 5 platser (de planerade deltagarna).");
            _click(_get(Button.class, s -> s.withId("training-book")));
            assertThat(datesB.isInvalid()).isTrue();
            assertThat(datesB.getErrorMessage()).isEqualTo(
                    "Kurstillfället har bara 4 platser kvar av 10, och insatsen behöver 5 platser. Välj ett annat tillfälle.");
            assertThat(training.activityIdFor(actionB)).isEmpty();

            // the manager of delprojekt A sees company A named on the date
            login(o.managerA);
            UI.getCurrent().navigate("training/book/" + actionB);
            _assertNone(BookTrainingView.class);
            UI.getCurrent().navigate("training/book/" + actionA);
            _assertNone(ComboBox.class, s -> s.withId("training-course-date"));
            CoachingTestData third = new CoachingTestData(ctx);
            try {
                long actionC = third.approvedPlanWithCourse(coaching, third.companyA, third.coachA, third.companyUserA,
                        course.id(), 1);
                login(third.admin);
                UI.getCurrent().navigate("training/book/" + actionC);
                var datesC = _get(ComboBox.class, s -> s.withId("training-course-date"));
                // the admin's form is read-only (only a coach books): the value is set as a coach's pick would
                datesC.setValue(datesC.getListDataView().getItems().findFirst().orElseThrow());
                assertThat(_get(Paragraph.class, s -> s.withId("training-course-date-booked")).getText())
                        .isEqualTo("Bokade på tillfället av företag du arbetar med: " + o.companyA.name() + ".");
            } finally {
                third.deactivateCourses();
            }
        } finally {
            o.deactivateCourses();
        }
    }
}
