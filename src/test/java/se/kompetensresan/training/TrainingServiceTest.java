package se.kompetensresan.training;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.TreeMap;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectService;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class TrainingServiceTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    static final LocalDate END = LocalDate.of(2025, 3, 5);
    static final String MAN = CoachingTestData.personnummer("19900101", 1);
    static final String WOMAN = CoachingTestData.personnummer("19850505", 2);
    static final String WOMAN2 = CoachingTestData.personnummer("19721212", 4);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    TrainingService training;
    @Autowired
    CoachingService coaching;
    @Autowired
    ApplicationEvents events;
    @Autowired
    se.kompetensresan.catalogue.CourseDateService courseDates;

    CoachingTestData w;
    List<Long> planned;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        planned = w.approvedPlanOfCompanyA(coaching, CompetenceAreas.WELDING, CompetenceAreas.LEAN);
    }

    @AfterEach
    void signOut() {
        w.deactivateCourses();
        if (o != null) {
            o.deactivateCourses();
        }
        SecurityContextHolder.clearContext();
    }

    private TrainingActivityForm course(String name, LocalDate start, LocalDate end, Integer hours) {
        return new TrainingActivityForm(name, "Svetsskolan", "Karlskoga", start, end, hours);
    }

    private void expectMessage(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    private long booked() {
        w.runAs(w.coachA);
        return training.bookActivity(planned.get(0), course("Svets MIG/MAG", START, END, 24)).id();
    }

    @Test
    void coachBooksTheTrainingOfAPlannedAction() {
        w.runAs(w.coachA);
        TrainingActivityInfo a = training.bookActivity(planned.get(0), course(" Svets MIG/MAG ", START, START, 24));
        assertThat(a.courseName()).isEqualTo("Svets MIG/MAG");
        assertThat(a.status()).isEqualTo(TrainingStatus.BOOKED);
        assertThat(a.companyId()).isEqualTo(w.companyA.id());
        assertThat(a.bookedBy()).isEqualTo(w.coachA);
        assertThat(training.activityIdFor(planned.get(0))).contains(a.id());
        assertThat(training.activityIdFor(planned.get(1))).isEmpty();
        assertThat(events.stream(TrainingBooked.class))
                .containsExactly(new TrainingBooked(w.companyA.id(), planned.get(0), a.id(), START));
        expectMessage(() -> training.bookActivity(planned.get(0), course("Igen", START, END, 8)), "training.error.alreadyBooked");
    }

    @Test
    void bookingIsValidated() {
        w.runAs(w.coachA);
        long p = planned.get(0);
        expectMessage(() -> training.bookActivity(p, course(" ", START, END, 8)), "training.error.course.required");
        expectMessage(() -> training.bookActivity(p, course("K".repeat(201), START, END, 8)), "training.error.course.length");
        expectMessage(() -> training.bookActivity(p, new TrainingActivityForm("K", "P".repeat(201), null, START, END, 8)), "training.error.provider.length");
        expectMessage(() -> training.bookActivity(p, new TrainingActivityForm("K", null, "L".repeat(201), START, END, 8)), "training.error.location.length");
        expectMessage(() -> training.bookActivity(p, course("K", null, END, 8)), "training.error.start.required");
        expectMessage(() -> training.bookActivity(p, course("K", START, null, 8)), "training.error.end.required");
        expectMessage(() -> training.bookActivity(p, course("K", END, START, 8)), "training.error.end.beforeStart");
        expectMessage(() -> training.bookActivity(p, course("K", START, END, 0)), "training.error.hours.range");
        expectMessage(() -> training.bookActivity(p, course("K", START, END, 401)), "training.error.hours.range");
        expectMessage(() -> training.bookActivity(p, course("K", START, END, null)), "training.error.hours.range");
        assertThat(training.activityIdFor(p)).isEmpty();
        assertThat(events.stream(TrainingBooked.class)).isEmpty();
        assertThat(training.bookActivity(p, course("K", START, END, 400)).hoursPerParticipant()).isEqualTo(400);
    }

    @Test
    void aPlanThatIsNotApprovedCannotBeBooked() {
        long planId = coaching.preparePlan(w.companyB.id(), "Bred", List.of(CompetenceAreas.CNC));
        long draftAction = coaching.plannedActivityIds(planId).get(0);
        w.runAs(w.coachB);
        expectMessage(() -> training.bookActivity(draftAction, course("CNC", START, END, 8)), "training.error.planNotApproved");
        assertThat(training.activityIdFor(draftAction)).isEmpty();
    }

    @Test
    void onlyTheCoachInTheDelprojektBooks() {
        w.runAs(w.coachB);
        assertThatThrownBy(() -> training.bookActivity(planned.get(0), course("K", START, END, 8))).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> training.bookActivity(planned.get(0), course("K", START, END, 8))).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        assertThatThrownBy(() -> training.bookActivity(Long.MAX_VALUE, course("K", START, END, 8))).isInstanceOf(AccessRefusedException.class);
        assertThat(training.activityIdFor(planned.get(0))).isEmpty();
        assertThat(events.stream(TrainingBooked.class)).isEmpty();
    }

    @Test
    void attendanceStatusMovesFromBookedToReportedToApprovedByCompanyThenCoach() {
        long id = booked();
        w.runAs(w.coachA);
        expectMessage(() -> training.markAttendanceApproved(id), "training.error.notReported");
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> training.markAttendanceReported(id)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThat(training.markAttendanceReported(id).status()).isEqualTo(TrainingStatus.REPORTED);
        expectMessage(() -> training.markAttendanceReported(id), "training.error.alreadyReported");
        w.runAs(w.coachB);
        assertThatThrownBy(() -> training.markAttendanceApproved(id)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        TrainingActivityInfo a = training.markAttendanceApproved(id);
        assertThat(a.status()).isEqualTo(TrainingStatus.APPROVED);
        assertThat(a.approvedBy()).isEqualTo(w.coachA);
    }

    @Test
    void theCompanySeesItsActivitiesAndTheLookupNeedsNoUser() {
        long id = booked();
        w.runAs(w.companyUserA);
        assertThat(training.activitiesOf(w.companyA.id())).extracting(TrainingActivityInfo::id).contains(id);
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> training.activitiesOf(w.companyA.id())).isInstanceOf(AccessRefusedException.class);
        SecurityContextHolder.clearContext();
        assertThat(training.lookup(id)).get().extracting(TrainingActivityInfo::companyId).isEqualTo(w.companyA.id());
    }

    // ---------------------------------------------------------------- open courses

    /** A world of its own (company A of {@link #w} has an approved plan already); its courses are deactivated after. */
    CoachingTestData o;

    private se.kompetensresan.catalogue.CourseDateInfo courseDate(long courseId, int min, int max) {
        o.runAs(o.managerA);
        var d = courseDates.save(new se.kompetensresan.catalogue.CourseDateForm(null, courseId, START.plusWeeks(6),
                START.plusWeeks(6).plusDays(1), "Karlskoga, Lärcentrum", min, max));
        SecurityContextHolder.clearContext();
        return d;
    }

    private TrainingActivityForm onDate(Long courseDateId) {
        return new TrainingActivityForm("Heta arbeten", "Brandskyddsutbildarna", null, START, START, 8, courseDateId);
    }

    @Test
    void aCoachBooksTwoCompaniesOntoOneOpenCourseDateAndSeesTheSeatsLeft() {
        o = new CoachingTestData(ctx);
        var course = o.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Heta arbeten", 8);
        var date = courseDate(course.id(), 4, 10);
        long actionA = o.approvedPlanWithCourse(coaching, o.companyA, o.coachA, o.companyUserA, course.id(), 6);
        long actionB = o.approvedPlanWithCourse(coaching, o.companyB, o.coachB, o.companyUserB, course.id(), 4);

        o.runAs(o.coachA);
        TrainingActivityInfo a = training.bookActivity(actionA, onDate(date.id()));
        assertThat(a.courseDateId()).isEqualTo(date.id());
        assertThat(a.startDate()).isEqualTo(date.startDate());
        assertThat(a.endDate()).isEqualTo(date.endDate());
        assertThat(a.location()).isEqualTo("Karlskoga, Lärcentrum");
        assertThat(courseDates.datesOf(course.id())).singleElement().extracting(d -> d.seatsLeft()).isEqualTo(4);

        o.runAs(o.coachB);
        TrainingActivityInfo b = training.bookActivity(actionB, onDate(date.id()));
        assertThat(courseDates.datesOf(course.id())).singleElement().satisfies(d -> {
            assertThat(d.seatsLeft()).isZero();
            assertThat(d.bookedSeats()).isEqualTo(10);
            assertThat(d.companies()).isEqualTo(2);
        });
        assertThat(events.stream(TrainingBooked.class)).extracting(TrainingBooked::trainingActivityId)
                .containsExactly(a.id(), b.id());

        // every user sees only the bookings on the shared course date of the companies they may see
        o.runAs(o.companyUserA);
        assertThat(training.activitiesOnCourseDate(date.id())).extracting(TrainingActivityInfo::id).containsExactly(a.id());
        o.runAs(o.companyUserB);
        assertThat(training.activitiesOnCourseDate(date.id())).extracting(TrainingActivityInfo::id).containsExactly(b.id());
        assertThatThrownBy(() -> training.activity(a.id())).isInstanceOf(AccessRefusedException.class);
        o.runAs(o.coachB);
        assertThat(training.activitiesOnCourseDate(date.id())).extracting(TrainingActivityInfo::id).containsExactly(b.id());
        o.runAs(o.managerA);
        assertThat(training.activitiesOnCourseDate(date.id())).extracting(TrainingActivityInfo::id).containsExactly(a.id());
        o.runAs(o.admin);
        assertThat(training.activitiesOnCourseDate(date.id())).extracting(TrainingActivityInfo::id)
                .containsExactly(a.id(), b.id());
    }

    @Test
    void aBookingOverTheMaximumIsRefusedAndNothingIsBooked() {
        o = new CoachingTestData(ctx);
        var course = o.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Truckkort", 24);
        var date = courseDate(course.id(), 2, 8);
        long actionA = o.approvedPlanWithCourse(coaching, o.companyA, o.coachA, o.companyUserA, course.id(), 5);
        long actionB = o.approvedPlanWithCourse(coaching, o.companyB, o.coachB, o.companyUserB, course.id(), 4);
        o.runAs(o.coachA);
        training.bookActivity(actionA, onDate(date.id()));
        o.runAs(o.coachB);
        assertThatThrownBy(() -> training.bookActivity(actionB, onDate(date.id())))
                .isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo("catalogue.error.seats.full");
        assertThat(training.activityIdFor(actionB)).isEmpty();
        assertThat(courseDates.datesOf(course.id())).singleElement().extracting(d -> d.seatsLeft()).isEqualTo(3);
        assertThat(events.stream(TrainingBooked.class)).hasSize(1);
    }

    @Test
    void anOpenCourseIsBookedOnOneOfItsOwnCourseDatesOnly() {
        o = new CoachingTestData(ctx);
        var course = o.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Heta arbeten", 8);
        var otherCourse = o.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Truckkort", 24);
        var otherDate = courseDate(otherCourse.id(), 2, 8);
        long action = o.approvedPlanWithCourse(coaching, o.companyA, o.coachA, o.companyUserA, course.id(), 3);
        o.runAs(o.coachA);
        expectMessage(() -> training.bookActivity(action, onDate(null)), "training.error.courseDate.required");
        expectMessage(() -> training.bookActivity(action, onDate(otherDate.id())), "training.error.courseDate.otherCourse");
        expectMessage(() -> training.bookActivity(action, onDate(Long.MAX_VALUE)), "training.error.courseDate.otherCourse");
        // a course that is not open has no course dates
        w.runAs(w.coachA);
        expectMessage(() -> training.bookActivity(planned.get(0), new TrainingActivityForm("Svets", "Svetsskolan",
                "Karlskoga", START, END, 24, otherDate.id())), "training.error.courseDate.notOpen");
        assertThat(training.activityIdFor(action)).isEmpty();
        assertThat(training.activityIdFor(planned.get(0))).isEmpty();
    }
}
