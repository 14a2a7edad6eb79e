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

    CoachingTestData w;
    List<Long> planned;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        planned = w.approvedPlanOfCompanyA(coaching, CompetenceAreas.WELDING, CompetenceAreas.LEAN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private TrainingActivityForm course(String name, LocalDate start, LocalDate end, Integer hours) {
        return new TrainingActivityForm(name, "Svetsskolan", "Karlskoga", start, end, hours);
    }

    private void expectMessage(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    private void expectRow(Runnable r, int row, String field, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(AttendanceRowException.class, e -> {
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private long booked() {
        w.runAs(w.coachA);
        return training.bookActivity(planned.get(0), course("Svets MIG/MAG", START, END, 24)).id();
    }

    private long reported() {
        long id = booked();
        w.runAs(w.companyUserA);
        training.reportAttendance(id, List.of(new ParticipantHours("Anna", WOMAN, new BigDecimal("24")),
                new ParticipantHours("Bo", MAN, new BigDecimal("20.5"))));
        return id;
    }

    private static ParticipantHours ph(String name, String pnr, String hours) {
        return new ParticipantHours(name, pnr, hours == null ? null : new BigDecimal(hours));
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
    void companyReportsAttendanceWithGenderFromThePersonnummer() {
        long id = booked();
        w.runAs(w.companyUserA);
        TrainingActivityInfo a = training.reportAttendance(id, List.of(ph("Anna Andersson", WOMAN, "24"), ph("Bo Berg", MAN, "20.5")));
        assertThat(a.status()).isEqualTo(TrainingStatus.REPORTED);
        assertThat(a.attendance()).extracting(AttendanceInfo::name).containsExactly("Anna Andersson", "Bo Berg");
        assertThat(a.attendance()).extracting(AttendanceInfo::gender).containsExactly(Gender.WOMAN, Gender.MAN);
        assertThat(a.attendance().get(0).personalIdentityNumber().formatted()).isEqualTo(WOMAN);
        assertThat(a.totalHours()).isEqualByComparingTo("44.5");
        assertThat(events.stream(AttendanceReported.class))
                .containsExactly(new AttendanceReported(w.companyA.id(), planned.get(0), id));

        // a corrected report replaces the first one; the process has already been told
        TrainingActivityInfo corrected = training.reportAttendance(id, List.of(ph("Bo Berg", MAN.replace("-", ""), "8")));
        assertThat(corrected.attendance()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Bo Berg");
            assertThat(r.hours()).isEqualByComparingTo("8");
        });
        assertThat(events.stream(AttendanceReported.class)).hasSize(1);
    }

    @Test
    void attendanceIsValidatedRowByRow() {
        long id = booked();
        w.runAs(w.companyUserA);
        expectMessage(() -> training.reportAttendance(id, List.of()), "training.error.attendance.empty");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "8"), ph(" ", MAN, "8"))), 1, "name", "training.error.name.required");
        expectRow(() -> training.reportAttendance(id, List.of(ph("N".repeat(201), WOMAN, "8"))), 0, "name", "training.error.name.length");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", "19900101-0018", "8"))), 0, "pnr", "training.error.pnr.invalid");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", "", "8"))), 0, "pnr", "training.error.pnr.invalid");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "8"), ph("Bo", MAN, "8"), ph("Anna igen", WOMAN.replace("-", ""), "2"))),
                2, "pnr", "training.error.pnr.duplicate");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "0"))), 0, "hours", "training.error.attendance.hours");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, null))), 0, "hours", "training.error.attendance.hours");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "24.01"))), 0, "hours", "training.error.attendance.hours");
        expectRow(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "1.125"))), 0, "hours", "training.error.attendance.decimals");
        TrainingActivityInfo a = training.activity(id);
        assertThat(a.status()).isEqualTo(TrainingStatus.BOOKED);
        assertThat(a.attendance()).isEmpty();
        assertThat(events.stream(AttendanceReported.class)).isEmpty();
    }

    @Test
    void onlyTheCompanyItselfReportsAndSeesItsActivity() {
        long id = booked();
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "8")))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> training.activity(id)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        assertThatThrownBy(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "8")))).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachB);
        assertThatThrownBy(() -> training.activity(id)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThat(training.activity(id).attendance()).isEmpty();
        assertThat(training.activity(id).status()).isEqualTo(TrainingStatus.BOOKED);
    }

    @Test
    void coachApprovesReportedAttendance() {
        long id = booked();
        w.runAs(w.coachA);
        expectMessage(() -> training.approveAttendance(id), "training.error.notReported");
        w.runAs(w.companyUserA);
        training.reportAttendance(id, List.of(ph("Anna", WOMAN, "24")));
        w.runAs(w.coachA);
        TrainingActivityInfo a = training.approveAttendance(id);
        assertThat(a.status()).isEqualTo(TrainingStatus.APPROVED);
        assertThat(a.approvedBy()).isEqualTo(w.coachA);
        assertThat(events.stream(AttendanceApproved.class)).containsExactly(new AttendanceApproved(w.companyA.id(), planned.get(0), id));
        expectMessage(() -> training.approveAttendance(id), "training.error.notReported");
        w.runAs(w.companyUserA);
        expectMessage(() -> training.reportAttendance(id, List.of(ph("Anna", WOMAN, "2"))), "training.error.alreadyApproved");
    }

    @Test
    void onlyTheCoachInTheDelprojektApproves() {
        long id = reported();
        w.runAs(w.coachB);
        assertThatThrownBy(() -> training.approveAttendance(id)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> training.approveAttendance(id)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        assertThatThrownBy(() -> training.approveAttendance(id)).isInstanceOf(AccessRefusedException.class);
        assertThat(training.activity(id).status()).isEqualTo(TrainingStatus.REPORTED);
        assertThat(events.stream(AttendanceApproved.class)).isEmpty();
    }

    @Test
    void totalsCountApprovedHoursByGenderAndTheirCoFinancing() {
        long first = reported(); // Anna 24 h, Bo 20.5 h
        w.runAs(w.coachA);
        training.approveAttendance(first);
        long second = training.bookActivity(planned.get(1), course("Lean", START, END, 16)).id();
        w.runAs(w.companyUserA);
        training.reportAttendance(second, List.of(ph("Anna", WOMAN, "16"), ph("Cecilia", WOMAN2, "8")));
        w.runAs(w.managerA);
        // the second activity is not approved yet
        TrainingTotals before = training.totals(Optional.of(w.subprojectA.id()));
        assertThat(before.participantsWomen()).isEqualTo(1);
        assertThat(before.participantsMen()).isEqualTo(1);
        assertThat(before.hours()).isEqualByComparingTo("44.5");
        w.runAs(w.coachA);
        training.approveAttendance(second);

        w.runAs(w.managerA);
        TrainingTotals t = training.totals(Optional.of(w.subprojectA.id()));
        assertThat(t.participantsWomen()).isEqualTo(2);
        assertThat(t.participantsMen()).isEqualTo(1);
        assertThat(t.hoursWomen()).isEqualByComparingTo("48");
        assertThat(t.hoursMen()).isEqualByComparingTo("20.5");
        assertThat(t.coFinancingSek()).isEqualByComparingTo(new BigDecimal("68.5").multiply(CoachingTestData.UNIT_COST));
        assertThat(training.totals(Optional.empty())).isEqualTo(t);
        w.runAs(w.coachA);
        assertThat(training.totals(Optional.of(w.subprojectA.id()))).isEqualTo(t);
        w.runAs(w.admin);
        assertThat(training.totals(Optional.of(w.subprojectB.id()))).isEqualTo(TrainingTotals.ZERO);
    }

    @Test
    void coFinancingUsesTheUnitCostOfTheYearTheTrainingEnded() {
        long first = reported(); // Anna 24 h, Bo 20.5 h, ended in END's year
        w.runAs(w.coachA);
        training.approveAttendance(first);
        w.runAs(w.admin);
        var projects = ctx.getBean(ProjectService.class);
        var form = projects.form(w.project.id());
        var costs = new TreeMap<>(form.unitCosts());
        costs.put(END.getYear(), new BigDecimal("300"));
        projects.save(new ProjectForm(form.id(), form.name(), form.caseNumber(),
                form.ownerOrganisation(), form.startDate(), form.endDate(), form.budget(), form.esfSupport(),
                form.coFinancingPercent(), form.plannedParticipants(), form.plannedWomenPercent(), form.followUpMonths(), costs));

        assertThat(training.totals(Optional.of(w.subprojectA.id())).coFinancingSek())
                .isEqualByComparingTo(new BigDecimal("44.5").multiply(new BigDecimal("300")));
    }

    @Test
    void totalsAreRefusedOutsideTheUsersDelprojekt() {
        w.runAs(w.coachB);
        assertThatThrownBy(() -> training.totals(Optional.of(w.subprojectA.id()))).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> training.totals(Optional.empty())).isInstanceOf(AccessRefusedException.class);
    }
}
