package se.kompetensresan.coaching;

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
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class CoachingServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CoachingService coaching;
    @Autowired
    ApplicationEvents events;

    CoachingTestData w;
    long companyId;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        companyId = w.companyA.id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private CoachingSessionForm session(LocalDate date, Integer minutes, String notes) {
        return new CoachingSessionForm(date, minutes, "VD, produktionschef", notes, "Boka utbildningar");
    }

    private PlannedActivityForm activity(Long id, String title, Integer participants, Integer hours) {
        return new PlannedActivityForm(id, CompetenceAreas.WELDING, title, "Operatörer", participants, hours,
                LocalDate.now().plusMonths(1), new BigDecimal("25000"));
    }

    private void expectMessage(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    private long preparedAndSubmitted() {
        long planId = coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.LEAN, CompetenceAreas.WELDING));
        w.runAs(w.coachA);
        coaching.logSession(companyId, session(LocalDate.now(), 90, "Första träffen"));
        coaching.submitPlan(companyId);
        return planId;
    }

    @Test
    void preparePlanProposesOneActionPerPriorityAreaAndIsIdempotent() {
        long planId = coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.LEAN, CompetenceAreas.WELDING, "NONSENSE"));
        long again = coaching.preparePlan(companyId, "Fördjupad", List.of(CompetenceAreas.CNC));
        assertThat(again).isEqualTo(planId);
        List<Long> ids = coaching.plannedActivityIds(planId);
        assertThat(ids).hasSize(2);
        PlannedActivityInfo first = coaching.plannedActivity(ids.get(0));
        assertThat(first.title()).isEqualTo("Lean och ständiga förbättringar");
        assertThat(first.companyId()).isEqualTo(companyId);
        assertThat(first.participants()).isEqualTo(CoachingService.DEFAULT_PARTICIPANTS);
        assertThat(first.hoursPerParticipant()).isEqualTo(CoachingService.DEFAULT_HOURS);
        assertThat(first.plannedStart()).isAfter(LocalDate.now());
        w.runAs(w.coachA);
        PlanInfo plan = coaching.currentPlan(companyId).orElseThrow();
        assertThat(plan.coachingTrack()).isEqualTo("Fördjupad");
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.version()).isEqualTo(1);
    }

    @Test
    void coachLogsSessionAndSeesIt() {
        w.runAs(w.coachA);
        CoachingSessionInfo s = coaching.logSession(companyId, session(LocalDate.now(), 60, "  Gick igenom kartläggningen  "));
        assertThat(s.notes()).isEqualTo("Gick igenom kartläggningen");
        assertThat(s.coachUsername()).isEqualTo(w.coachA);
        assertThat(coaching.sessions(companyId)).extracting(CoachingSessionInfo::id).containsExactly(s.id());
        w.runAs(w.managerA);
        assertThat(coaching.sessions(companyId)).hasSize(1);
    }

    @Test
    void sessionIsValidated() {
        w.runAs(w.coachA);
        expectMessage(() -> coaching.logSession(companyId, session(null, 60, "x")), "coaching.error.session.date.required");
        expectMessage(() -> coaching.logSession(companyId, session(LocalDate.now().plusDays(1), 60, "x")), "coaching.error.session.date.future");
        expectMessage(() -> coaching.logSession(companyId, session(LocalDate.now(), 14, "x")), "coaching.error.session.duration.range");
        expectMessage(() -> coaching.logSession(companyId, session(LocalDate.now(), 481, "x")), "coaching.error.session.duration.range");
        expectMessage(() -> coaching.logSession(companyId, session(LocalDate.now(), null, "x")), "coaching.error.session.duration.range");
        expectMessage(() -> coaching.logSession(companyId, session(LocalDate.now(), 60, "   ")), "coaching.error.session.notes.required");
        expectMessage(() -> coaching.logSession(companyId, session(LocalDate.now(), 60, "x".repeat(4001))), "coaching.error.session.notes.length");
        expectMessage(() -> coaching.logSession(companyId, new CoachingSessionForm(LocalDate.now(), 60, "p".repeat(1001), "x", null)),
                "coaching.error.session.participants.length");
        expectMessage(() -> coaching.logSession(companyId, new CoachingSessionForm(LocalDate.now(), 60, null, "x", "n".repeat(2001))),
                "coaching.error.session.nextsteps.length");
        assertThat(coaching.sessions(companyId)).isEmpty();
        coaching.logSession(companyId, session(LocalDate.now(), 15, "x"));
        coaching.logSession(companyId, session(LocalDate.now(), 480, "x".repeat(4000)));
        assertThat(coaching.sessions(companyId)).hasSize(2);
    }

    @Test
    void onlyTheCoachInTheDelprojektLogsSessions() {
        w.runAs(w.coachB);
        assertThatThrownBy(() -> coaching.logSession(companyId, session(LocalDate.now(), 60, "x"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.sessions(companyId)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> coaching.logSession(companyId, session(LocalDate.now(), 60, "x"))).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        assertThatThrownBy(() -> coaching.logSession(companyId, session(LocalDate.now(), 60, "x"))).isInstanceOf(AccessRefusedException.class);
        assertThat(coaching.sessions(companyId)).isEmpty();
    }

    @Test
    void activitiesAreValidatedAddedEditedAndRemoved() {
        w.runAs(w.coachA);
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, " ", 5, 10)), "coaching.error.activity.title.required");
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, "T".repeat(201), 5, 10)), "coaching.error.activity.title.length");
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, "Svets", 0, 10)), "coaching.error.activity.participants.range");
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, "Svets", 501, 10)), "coaching.error.activity.participants.range");
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, "Svets", 5, 0)), "coaching.error.activity.hours.range");
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, "Svets", 5, 401)), "coaching.error.activity.hours.range");
        expectMessage(() -> coaching.saveActivity(companyId, new PlannedActivityForm(null, "NONSENSE", "Svets", null, 5, 10, null, null)),
                "coaching.error.activity.area.required");
        expectMessage(() -> coaching.saveActivity(companyId, new PlannedActivityForm(null, CompetenceAreas.CNC, "Svets", null, 5, 10, null,
                new BigDecimal("-1"))), "coaching.error.activity.cost.negative");
        assertThat(coaching.currentPlan(companyId)).isEmpty();

        PlannedActivityInfo a = coaching.saveActivity(companyId, activity(null, "Svetskurs", 1, 1));
        PlannedActivityInfo b = coaching.saveActivity(companyId, activity(null, "TIG", 500, 400));
        coaching.saveActivity(companyId, activity(a.id(), "Svetskurs MIG/MAG", 6, 24));
        coaching.removeActivity(companyId, b.id());
        PlanInfo plan = coaching.currentPlan(companyId).orElseThrow();
        assertThat(plan.activities()).extracting(PlannedActivityInfo::title).containsExactly("Svetskurs MIG/MAG");
        assertThat(plan.plannedHours()).isEqualTo(6 * 24);
        assertThat(plan.estimatedCost()).isEqualByComparingTo("25000");
        coaching.updatePlan(companyId, "Fokus på svetsning");
        assertThat(coaching.currentPlan(companyId).orElseThrow().summary()).isEqualTo("Fokus på svetsning");
        expectMessage(() -> coaching.updatePlan(companyId, "s".repeat(4001)), "coaching.error.plan.summary.length");
    }

    @Test
    void anActionOfAnotherCompanysPlanIsRefused() {
        long otherPlan = coaching.preparePlan(w.companyB.id(), "Bred", List.of(CompetenceAreas.LEAN));
        long foreign = coaching.plannedActivityIds(otherPlan).get(0);
        coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.CNC));
        w.runAs(w.coachA);
        assertThatThrownBy(() -> coaching.saveActivity(companyId, activity(foreign, "Kapat", 5, 10))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.removeActivity(companyId, foreign)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.viewPlannedActivity(foreign)).isInstanceOf(AccessRefusedException.class);
        assertThat(coaching.plannedActivity(foreign).title()).isEqualTo("Lean och ständiga förbättringar");
    }

    @Test
    void submittingNeedsASessionAndAnAction() {
        w.runAs(w.coachA);
        expectMessage(() -> coaching.submitPlan(companyId), "coaching.error.plan.missing");
        coaching.updatePlan(companyId, "Sammanfattning");
        expectMessage(() -> coaching.submitPlan(companyId), "coaching.error.plan.noSession");
        coaching.logSession(companyId, session(LocalDate.now(), 60, "x"));
        expectMessage(() -> coaching.submitPlan(companyId), "coaching.error.plan.noActivity");
        assertThat(coaching.currentPlan(companyId).orElseThrow().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(events.stream(PlanSubmitted.class)).isEmpty();
    }

    @Test
    void submittedPlanIsSentToTheCompanyAndLocked() {
        long planId = preparedAndSubmitted();
        assertThat(events.stream(PlanSubmitted.class))
                .containsExactly(new PlanSubmitted(companyId, planId, coaching.plannedActivityIds(planId)));
        PlanInfo plan = coaching.currentPlan(companyId).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        expectMessage(() -> coaching.saveActivity(companyId, activity(null, "Mer", 5, 10)), "coaching.error.plan.notDraft");
        expectMessage(() -> coaching.updatePlan(companyId, "Ny"), "coaching.error.plan.notDraft");
        expectMessage(() -> coaching.submitPlan(companyId), "coaching.error.plan.notDraft");
        // the process may ask again: the submitted plan stays as it is
        assertThat(coaching.preparePlan(companyId, "Annat", List.of(CompetenceAreas.CNC))).isEqualTo(planId);
        assertThat(coaching.currentPlan(companyId).orElseThrow().coachingTrack()).isEqualTo("Bred");
    }

    @Test
    void companyApprovesItsSubmittedPlan() {
        long planId = preparedAndSubmitted();
        w.runAs(w.companyUserA);
        PlanInfo plan = coaching.approvePlan(companyId);
        assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.decidedBy()).isEqualTo(w.companyUserA);
        assertThat(plan.decidedAt()).isNotNull();
        assertThat(events.stream(PlanDecided.class)).containsExactly(new PlanDecided(companyId, planId, true, null));
        expectMessage(() -> coaching.approvePlan(companyId), "coaching.error.plan.notSubmitted");
    }

    @Test
    void rejectionNeedsACommentAndSendsThePlanBackAsANewVersion() {
        long planId = preparedAndSubmitted();
        w.runAs(w.companyUserA);
        expectMessage(() -> coaching.rejectPlan(companyId, "  "), "coaching.error.plan.comment.required");
        expectMessage(() -> coaching.rejectPlan(companyId, "c".repeat(2001)), "coaching.error.plan.comment.length");
        assertThat(coaching.currentPlan(companyId).orElseThrow().status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(events.stream(PlanDecided.class)).isEmpty();

        PlanInfo rejected = coaching.rejectPlan(companyId, "Fler deltagare i svetsningen");
        assertThat(rejected.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(rejected.version()).isEqualTo(2);
        assertThat(events.stream(PlanDecided.class)).containsExactly(new PlanDecided(companyId, planId, false, "Fler deltagare i svetsningen"));

        w.runAs(w.coachA);
        PlanInfo draft = coaching.currentPlan(companyId).orElseThrow();
        assertThat(draft.companyComment()).isEqualTo("Fler deltagare i svetsningen");
        PlannedActivityInfo welding = draft.activities().get(1);
        coaching.saveActivity(companyId, new PlannedActivityForm(welding.id(), welding.areaCode(), welding.title(), null, 12,
                welding.hoursPerParticipant(), welding.plannedStart(), null));
        coaching.submitPlan(companyId);
        w.runAs(w.companyUserA);
        assertThat(coaching.approvePlan(companyId).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(events.stream(PlanSubmitted.class)).hasSize(2);
        assertThat(events.stream(PlanDecided.class)).extracting(PlanDecided::approved).containsExactly(false, true);
    }

    @Test
    void onlyTheCompanyItselfDecidesOnItsPlan() {
        preparedAndSubmitted();
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> coaching.approvePlan(companyId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.rejectPlan(companyId, "Nej")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.currentPlan(companyId)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        assertThatThrownBy(() -> coaching.approvePlan(companyId)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachB);
        assertThatThrownBy(() -> coaching.currentPlan(companyId)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        PlanInfo plan = coaching.currentPlan(companyId).orElseThrow();
        assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.decidedBy()).isNull();
        assertThat(events.stream(PlanDecided.class)).isEmpty();
    }

    @Test
    void aCoachOutsideTheDelprojektChangesNothing() {
        coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.LEAN));
        w.runAs(w.coachB);
        assertThatThrownBy(() -> coaching.updatePlan(companyId, "Kapad")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.saveActivity(companyId, activity(null, "Kapad", 5, 5))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> coaching.submitPlan(companyId)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        PlanInfo plan = coaching.currentPlan(companyId).orElseThrow();
        assertThat(plan.summary()).isNull();
        assertThat(plan.activities()).hasSize(1);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
    }
}
