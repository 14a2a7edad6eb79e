package se.kompetensresan.participant;

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
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.training.TrainingStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attendance by date through the service: the ledger's rules where they need the database. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class AttendanceServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SigningService signing;
    @Autowired
    TrainingService training;
    @Autowired
    CoachingService coaching;
    @Autowired
    ApplicationEvents events;

    LedgerWorld world;
    CoachingTestData w;
    ParticipantInfo anna;

    @BeforeEach
    void setUp() {
        world = new LedgerWorld(ctx);
        w = world.w;
        anna = world.participant("Anna Svetsare", true);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void hoursAreRecordedByDateAndShownInTheSheet() {
        world.hours(world.activity1, anna, world.day(3), "4");
        world.hours(world.activity1, anna, world.day(5), "3");
        w.runAs(w.coachA);
        attendance.record(world.activity1, anna.id(), world.day(5), "5"); // the coach corrects a cell
        AttendanceSheet s = attendance.sheet(world.activity1);
        assertThat(s.participants()).extracting(ParticipantInfo::id).containsExactly(anna.id());
        assertThat(s.hours(anna.id(), world.day(3))).isEqualTo(4);
        assertThat(s.hours(anna.id(), world.day(5))).isEqualTo(5);
        assertThat(s.total(anna.id())).isEqualTo(9);
        attendance.record(world.activity1, anna.id(), world.day(3), "");
        assertThat(attendance.sheet(world.activity1).total(anna.id())).isEqualTo(5);
    }

    @Test
    void thirteenHoursADayAcrossTwoActivities() {
        world.hours(world.activity1, anna, world.day(10), "8");
        w.runAs(w.companyUserA);
        attendance.register(world.activity2, anna.id());
        assertThatThrownBy(() -> attendance.record(world.activity2, anna.id(), world.day(10), "6"))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("participant.error.day.tooMany");
                    assertThat(e.args()).containsExactly(13, 8);
                });
        assertThat(attendance.record(world.activity2, anna.id(), world.day(10), "5")).isEqualTo(5);
        // changing the same cell does not count itself twice
        assertThat(attendance.record(world.activity1, anna.id(), world.day(10), "8")).isEqualTo(8);
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(10), "9"), "participant.error.day.tooMany");
    }

    @Test
    void wholeHoursDatesRegistrationAndActiveParticipantAreEnforced() {
        w.runAs(w.companyUserA);
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(4), "3"), "participant.error.notRegistered");
        attendance.register(world.activity1, anna.id());
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(4), "1,5"), "participant.error.hours.whole");
        refused(() -> attendance.record(world.activity1, anna.id(), world.earlier.atDay(4), "3"), "participant.error.day.outsideActivity");
        assertThat(attendance.sheet(world.activity1).total(anna.id())).isZero();
    }

    @Test
    void aDayInTheFutureIsRefused() {
        w.runAs(w.coachA);
        LocalDate today = LocalDate.now();
        long current = training.bookActivity(world.unbookedAction, new TrainingActivityForm("Robotar", "Lernia", "Karlskoga",
                today.minusDays(1), today.plusDays(5), 16)).id();
        world.hours(current, anna, today.minusDays(1), "2");
        w.runAs(w.companyUserA);
        refused(() -> attendance.record(current, anna.id(), today.plusDays(1), "2"), "participant.error.day.future");
    }

    @Test
    void aSentMonthIsClosedUntilReopenedWithAReasonAndALockedOneForever() {
        world.hours(world.activity1, anna, world.day(3), "4");
        w.runAs(w.companyUserA);
        assertThat(signing.sendMonth(w.companyA.id(), world.month)).isEqualTo(1);
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(4), "2"), "participant.error.month.sent");
        ParticipantMonthInfo m = signing.months(world.month, w.companyA.id()).get(0);
        refused(() -> signing.reopen(m.id(), " "), "participant.error.reason.required");
        signing.reopen(m.id(), "Glömde en dag");
        assertThat(attendance.record(world.activity1, anna.id(), world.day(4), "2")).isEqualTo(2);
        assertThat(signing.trail(m.id())).extracting(MonthEventInfo::type)
                .containsExactly(MonthEventType.SENT, MonthEventType.REOPENED);
        assertThat(signing.trail(m.id()).get(1).comment()).isEqualTo("Glömde en dag");
        assertThat(signing.trail(m.id()).get(1).actor()).isEqualTo(w.companyUserA);

        w.runAs(w.managerA);
        signing.lockMonth(w.project.id(), world.month);
        w.runAs(w.companyUserA);
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(5), "2"), "participant.error.month.locked");
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(4), ""), "participant.error.month.locked");
        refused(() -> signing.reopen(m.id(), "För sent"), "participant.error.month.locked");
    }

    @Test
    void theCompanyConfirmsTheAttendanceOnlyAfterTheActivityHasEnded() {
        w.runAs(w.coachA);
        LocalDate today = LocalDate.now();
        long running = training.bookActivity(world.unbookedAction, new TrainingActivityForm("Robotar", "Lernia", "Karlskoga",
                today.minusDays(3), today, 16)).id();
        world.hours(running, anna, today.minusDays(1), "6");
        w.runAs(w.companyUserA);
        // the last day is today: the journey's task appears tomorrow, so the confirmation must wait too
        refused(() -> attendance.confirmComplete(running), "participant.error.confirm.notEnded");
        assertThat(training.activity(running).status()).isEqualTo(TrainingStatus.BOOKED);
        assertThat(events.stream(AttendanceReported.class)).isEmpty();

        attendance.confirmComplete(confirmable());
        assertThat(events.stream(AttendanceReported.class)).hasSize(1);
    }

    /** An ended activity with a registered participant. */
    private long confirmable() {
        world.hours(world.earlierActivity, anna, world.earlier.atDay(2), "3");
        w.runAs(w.companyUserA);
        return world.earlierActivity;
    }

    @Test
    void confirmingNeedsAParticipantAndHappensOnceThenTheCoachApproves() {
        w.runAs(w.companyUserA);
        refused(() -> attendance.confirmComplete(world.activity1), "participant.error.confirm.noParticipants");
        world.hours(world.activity1, anna, world.day(3), "4");
        w.runAs(w.companyUserA);
        attendance.confirmComplete(world.activity1);
        refused(() -> attendance.confirmComplete(world.activity1), "training.error.alreadyReported");
        assertThat(events.stream(AttendanceReported.class)).singleElement().extracting(AttendanceReported::trainingActivityId)
                .isEqualTo(world.activity1);
        w.runAs(w.coachB);
        assertThatThrownBy(() -> attendance.approve(world.activity1)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        attendance.approve(world.activity1);
        assertThat(events.stream(AttendanceApproved.class)).hasSize(1);
        refused(() -> attendance.record(world.activity1, anna.id(), world.day(4), "2"), "participant.error.activity.approved");
        assertThat(attendance.totals(world.activity1)).containsValue(4);
    }

    @Test
    void onlyTheCompanyAndItsCoachRecordHoursAndOnlyForTheCompanysOwnParticipants() {
        w.runAs(w.companyUserA);
        attendance.register(world.activity1, anna.id());
        w.runAs(w.managerA);
        assertThatThrownBy(() -> attendance.record(world.activity1, anna.id(), world.day(3), "2")).isInstanceOf(AccessRefusedException.class);
        assertThatCode(() -> attendance.sheet(world.activity1)).doesNotThrowAnyException();
        w.runAs(w.coachB);
        assertThatThrownBy(() -> attendance.record(world.activity1, anna.id(), world.day(3), "2")).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> attendance.sheet(world.activity1)).isInstanceOf(AccessRefusedException.class);
        ParticipantInfo other = new LedgerWorld(ctx).participant("Bo Annan", false);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> attendance.register(world.activity1, other.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aLockedMonthIsCorrectedByAnAdjustmentInTheCurrentMonth() {
        world.hours(world.activity1, anna, world.day(3), "4");
        w.runAs(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);
        signing.sign(world.latestToken(anna), anna.email());
        w.runAs(w.managerA);
        assertThat(signing.lockMonth(w.project.id(), world.month)).isEqualTo(1);
        w.runAs(w.companyUserA);
        refused(() -> signing.adjust(new AdjustmentForm(anna.id(), world.activity1, world.month.minusMonths(1), 2, "x")),
                "participant.error.adjust.notLocked");
        refused(() -> signing.adjust(new AdjustmentForm(anna.id(), world.activity1, world.month, 0, "x")),
                "participant.error.adjust.hours");
        refused(() -> signing.adjust(new AdjustmentForm(anna.id(), world.activity1, world.month, 2, "")),
                "participant.error.reason.required");
        AdjustmentInfo a = signing.adjust(new AdjustmentForm(anna.id(), world.activity1, world.month, 2,
                "Två timmar saknades den 3:e"));
        assertThat(a.month()).isEqualTo(YearMonth.now());
        assertThat(a.originalMonth()).isEqualTo(world.month);
        // the locked month keeps what was signed; the adjustment is part of the current month
        ParticipantMonthInfo locked = signing.months(world.month, w.companyA.id()).get(0);
        assertThat(locked.status()).isEqualTo(MonthStatus.LOCKED);
        assertThat(locked.signedHours()).isEqualTo(4);
        assertThat(signing.total(anna.id(), YearMonth.now())).isEqualTo(2);
        assertThat(signing.trail(locked.id())).extracting(MonthEventInfo::type).contains(MonthEventType.LOCKED, MonthEventType.ADJUSTED);
        assertThat(signing.adjustmentsOf(anna.id())).extracting(AdjustmentInfo::reason).containsExactly("Två timmar saknades den 3:e");
    }
}
