package se.kompetensresan.catalogue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Course dates of open courses: who plans them, their validation, the seats and the managers' flag. */
@SpringBootTest
@ActiveProfiles("test")
class CourseDateServiceTest {

    /** Planned action ids of this test class, unique across the shared database. */
    private static final AtomicLong PLANNED = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CourseDateService courseDates;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    PlatformTransactionManager transactions;

    CoachingTestData w;
    TrainingCourseInfo open;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        open = w.openCourse(CompetenceAreas.WORK_ENVIRONMENT, "Heta arbeten", 8);
    }

    @AfterEach
    void cleanUp() {
        w.deactivateCourses();
        SecurityContextHolder.clearContext();
    }

    private CourseDateInfo date(LocalDate start, int min, int max) {
        w.runAs(w.managerA);
        CourseDateInfo d = courseDates.save(new CourseDateForm(null, open.id(), start, start.plusDays(1), "Karlskoga", min, max));
        SecurityContextHolder.clearContext();
        return d;
    }

    private CourseDateInfo reserve(CourseDateInfo d, long companyId, long subprojectId, int seats) {
        return courseDates.reserveSeats(d.id(), open.id(), PLANNED.incrementAndGet(), companyId, subprojectId, seats);
    }

    private void expectMessage(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void managersPlanTheDatesOfOpenCoursesAndEveryFieldIsValidated() {
        LocalDate start = LocalDate.now().plusWeeks(8);
        w.runAs(w.managerA);
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), null, start, "K", 2, 8)), "catalogue.error.start.required");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, null, "K", 2, 8)), "catalogue.error.end.required");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start.minusDays(1), "K", 2, 8)), "catalogue.error.end.beforeStart");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), LocalDate.of(1, 1, 1), start, "K", 2, 8)), "catalogue.error.start.range");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start, " ", 2, 8)), "catalogue.error.place.required");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start, "P".repeat(201), 2, 8)), "catalogue.error.place.length");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start, "K", 0, 8)), "catalogue.error.min.range");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start, "K", null, 8)), "catalogue.error.min.range");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start, "K", 2, 501)), "catalogue.error.max.range");
        expectMessage(() -> courseDates.save(new CourseDateForm(null, open.id(), start, start, "K", 6, 5)), "catalogue.error.max.belowMin");
        TrainingCourseInfo own = w.course(CompetenceAreas.LEAN, "Lean på plats", 16, "5500");
        w.runAs(w.managerA);
        expectMessage(() -> courseDates.save(new CourseDateForm(null, own.id(), start, start, "K", 2, 8)), "catalogue.error.courseDate.notOpen");
        assertThat(courseDates.datesOf(open.id())).isEmpty();

        CourseDateInfo d = courseDates.save(new CourseDateForm(null, open.id(), start, start.plusDays(1), " Karlskoga ", 2, 8));
        assertThat(d.place()).isEqualTo("Karlskoga");
        assertThat(d.seatsLeft()).isEqualTo(8);
        assertThat(d.courseName()).isEqualTo(open.name());
        CourseDateInfo changed = courseDates.save(new CourseDateForm(d.id(), open.id(), start, start.plusDays(2), "Örebro", 3, 10));
        assertThat(changed.endDate()).isEqualTo(start.plusDays(2));
        assertThat(changed.maxParticipants()).isEqualTo(10);

        w.runAs(w.coachA);
        assertThat(courseDates.datesOf(open.id())).extracting(CourseDateInfo::id).containsExactly(d.id());
        assertThatThrownBy(() -> courseDates.save(CourseDateForm.of(changed))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> courseDates.overview(false)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> courseDates.datesOf(open.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> courseDates.overview(false)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        assertThatThrownBy(() -> courseDates.save(new CourseDateForm(d.id(), own.id(), start, start, "K", 2, 8)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> courseDates.datesOf(Long.MAX_VALUE)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theSeatsLeftAreTheMaximumLessThePlannedParticipantsBookedByEveryCompany() {
        CourseDateInfo d = date(LocalDate.now().plusWeeks(8), 6, 12);
        assertThat(reserve(d, w.companyA.id(), w.subprojectA.id(), 5).seatsLeft()).isEqualTo(7);
        CourseDateInfo after = reserve(d, w.companyB.id(), w.subprojectB.id(), 4);
        assertThat(after.bookedSeats()).isEqualTo(9);
        assertThat(after.seatsLeft()).isEqualTo(3);
        assertThat(after.companies()).isEqualTo(2);
        w.runAs(w.coachA);
        assertThat(courseDates.datesOf(open.id())).singleElement().extracting(CourseDateInfo::seatsLeft).isEqualTo(3);
    }

    @Test
    void aBookingOverTheMaximumIsRefusedAndTheMaximumCannotFallBelowTheSeatsBooked() {
        CourseDateInfo d = date(LocalDate.now().plusWeeks(8), 2, 8);
        reserve(d, w.companyA.id(), w.subprojectA.id(), 6);
        assertThatThrownBy(() -> reserve(d, w.companyB.id(), w.subprojectB.id(), 3))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).messageKey()).isEqualTo("catalogue.error.seats.full");
                    assertThat(((UserMessageException) e).args()).containsExactly(2L, 8, 3);
                });
        assertThat(reserve(d, w.companyB.id(), w.subprojectB.id(), 2).seatsLeft()).isZero();
        expectMessage(() -> courseDates.reserveSeats(d.id(), open.id() + 1, PLANNED.incrementAndGet(), w.companyB.id(),
                w.subprojectB.id(), 1), "catalogue.error.seats.otherCourse");
        w.runAs(w.managerA);
        expectMessage(() -> courseDates.save(new CourseDateForm(d.id(), open.id(), d.startDate(), d.endDate(), "K", 2, 7)),
                "catalogue.error.max.belowBooked");
        assertThat(courseDates.save(new CourseDateForm(d.id(), open.id(), d.startDate(), d.endDate(), "K", 2, 10)).seatsLeft())
                .isEqualTo(2);
    }

    @Test
    void twoCoachesBookingTheLastSeatAtOnceDoNotBothSucceed() throws Exception {
        CourseDateInfo d = date(LocalDate.now().plusWeeks(8), 1, 3);
        reserve(d, w.companyA.id(), w.subprojectA.id(), 2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstReserved = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> {
                try {
                    tx.executeWithoutResult(s -> {
                        outcomes.add(reserve(d, w.companyA.id(), w.subprojectA.id(), 1));
                        firstReserved.countDown();
                        try {
                            // the second booking starts while this one still holds the course date
                            secondStarted.await(5, TimeUnit.SECONDS);
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                } catch (RuntimeException e) {
                    outcomes.add(e);
                }
            });
            assertThat(firstReserved.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> {
                secondStarted.countDown();
                try {
                    tx.executeWithoutResult(s -> outcomes.add(reserve(d, w.companyB.id(), w.subprojectB.id(), 1)));
                } catch (RuntimeException e) {
                    outcomes.add(e);
                }
            });
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes).filteredOn(CourseDateInfo.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(UserMessageException.class::isInstance).singleElement()
                .extracting("messageKey").isEqualTo("catalogue.error.seats.full");
        w.runAs(w.managerA);
        assertThat(courseDates.datesOf(open.id())).singleElement().satisfies(x -> {
            assertThat(x.bookedSeats()).isEqualTo(3);
            assertThat(x.seatsLeft()).isZero();
        });
    }

    @Test
    void aDateStartingWithinTheWarningWeeksBelowItsMinimumIsFlagged() {
        CourseDateInfo soon = date(LocalDate.now().plusWeeks(2), 6, 12);
        CourseDateInfo later = date(LocalDate.now().plusWeeks(10), 6, 12);
        CourseDateInfo full = date(LocalDate.now().plusWeeks(1), 2, 12);
        CourseDateInfo ended = date(LocalDate.now().minusWeeks(3), 6, 12);
        reserve(soon, w.companyA.id(), w.subprojectA.id(), 5);
        reserve(full, w.companyA.id(), w.subprojectA.id(), 2);
        w.runAs(w.managerA);
        List<CourseDateInfo> overview = courseDates.overview(false).stream().filter(x -> x.courseId() == open.id()).toList();
        assertThat(overview).extracting(CourseDateInfo::id).containsExactly(full.id(), soon.id(), later.id());
        assertThat(overview).filteredOn(CourseDateInfo::belowMinimumSoon).extracting(CourseDateInfo::id)
                .containsExactly(soon.id());
        assertThat(courseDates.overview(true)).extracting(CourseDateInfo::id).contains(ended.id());
    }

    @Test
    void aCourseOfOneProjectAndItsDatesAreHiddenFromTheManagersOfOtherProjects() {
        CoachingTestData other = new CoachingTestData(ctx);
        w.runAs(w.admin);
        TrainingCourseInfo own = catalogue.save(new CourseForm(null, "Projektkurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN,
                null, 8, java.math.BigDecimal.TEN, CourseDelivery.CLASSROOM, CourseKind.OPEN_COURSE,
                ProcurementStatus.DIRECT_AWARD, "Lärcentrum", java.util.Set.of(w.project.id())));
        try {
            w.runAs(w.managerA);
            CourseDateInfo d = courseDates.save(new CourseDateForm(null, own.id(), LocalDate.now().plusWeeks(3),
                    LocalDate.now().plusWeeks(3), "Karlskoga", 2, 8));
            CourseDateInfo shared = date(LocalDate.now().plusWeeks(3), 2, 8);
            other.runAs(other.managerA);
            assertThat(courseDates.overview(false)).extracting(CourseDateInfo::id).doesNotContain(d.id()).contains(shared.id());
            assertThatThrownBy(() -> courseDates.datesOf(own.id())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> courseDates.save(CourseDateForm.of(d))).isInstanceOf(AccessRefusedException.class);
            other.runAs(other.coachA);
            assertThatThrownBy(() -> courseDates.datesOf(own.id())).isInstanceOf(AccessRefusedException.class);
        } finally {
            w.runAs(w.admin);
            catalogue.setActive(own.id(), false);
        }
    }
}
