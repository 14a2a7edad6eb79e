package se.kompetensresan.coaching;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plan actions that are catalogue courses, and the history of the plan's submitted versions. */
@SpringBootTest
@ActiveProfiles("test")
class PlanCatalogueAndVersionsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CoachingService coaching;
    @Autowired
    CatalogueService catalogue;

    CoachingTestData w;
    long companyId;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
        companyId = w.companyA.id();
    }

    @AfterEach
    void cleanUp() {
        w.deactivateCourses();
        SecurityContextHolder.clearContext();
    }

    private void expectMessage(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void preparePlanProposesTheAreasFirstActiveCatalogueCourseAndTheAreaNameOtherwise() {
        TrainingCourseInfo course = w.course(CompetenceAreas.SUSTAINABILITY, "Energieffektivisering", 12, "4200");
        long planId = coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.SUSTAINABILITY, CompetenceAreas.LEAN));
        List<Long> ids = coaching.plannedActivityIds(planId);
        PlannedActivityInfo fromCatalogue = coaching.plannedActivity(ids.get(0));
        assertThat(fromCatalogue.courseId()).isEqualTo(course.id());
        assertThat(fromCatalogue.title()).isEqualTo(course.name());
        assertThat(fromCatalogue.courseName()).isEqualTo(course.name());
        assertThat(fromCatalogue.courseProvider()).isEqualTo(course.provider());
        assertThat(fromCatalogue.hoursPerParticipant()).isEqualTo(12);
        assertThat(fromCatalogue.participants()).isEqualTo(CoachingService.DEFAULT_PARTICIPANTS);
        assertThat(fromCatalogue.estimatedCost()).isEqualByComparingTo("21000"); // 5 × 4 200

        PlannedActivityInfo freeText = coaching.plannedActivity(ids.get(1));
        assertThat(freeText.courseId()).isNull();
        assertThat(freeText.fromCatalogue()).isFalse();
        assertThat(freeText.title()).isEqualTo("Lean och ständiga förbättringar");
        assertThat(freeText.hoursPerParticipant()).isEqualTo(CoachingService.DEFAULT_HOURS);
        assertThat(freeText.estimatedCost()).isNull();
    }

    @Test
    void aDeactivatedCourseIsNotProposed() {
        w.course(CompetenceAreas.SUSTAINABILITY, "Utgången kurs", 12, "4200");
        w.deactivateCourses();
        long planId = coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.SUSTAINABILITY));
        PlannedActivityInfo a = coaching.plannedActivity(coaching.plannedActivityIds(planId).get(0));
        assertThat(a.courseId()).isNull();
        assertThat(a.title()).isEqualTo("Hållbarhet");
    }

    @Test
    void theCoachChoosesACourseAndTheCostFollowsTheParticipants() {
        TrainingCourseInfo course = w.course(CompetenceAreas.WELDING, "MIG/MAG-svetsning", 40, "12900");
        coaching.preparePlan(companyId, "Bred", List.of());
        w.runAs(w.coachA);
        PlannedActivityInfo a = coaching.saveActivity(companyId, new PlannedActivityForm(null, CompetenceAreas.WELDING,
                course.name(), "Operatörer", 3, 40, LocalDate.now().plusMonths(1), null, course.id()));
        assertThat(a.courseId()).isEqualTo(course.id());
        assertThat(a.courseProvider()).isEqualTo(course.provider());
        assertThat(a.estimatedCost()).isEqualByComparingTo("38700");
        // a cost the coach enters wins (e.g. a negotiated price)
        PlannedActivityInfo negotiated = coaching.saveActivity(companyId, new PlannedActivityForm(a.id(), a.areaCode(),
                a.title(), a.targetGroup(), 3, 40, a.plannedStart(), new BigDecimal("30000"), course.id()));
        assertThat(negotiated.estimatedCost()).isEqualByComparingTo("30000");

        expectMessage(() -> coaching.saveActivity(companyId, new PlannedActivityForm(null, CompetenceAreas.WELDING,
                "X", null, 1, 1, null, null, -42L)), "coaching.error.activity.course.unknown");

        TrainingCourseInfo old = w.course(CompetenceAreas.WELDING, "Gammal svetskurs", 8, "1000");
        w.runAs(w.admin);
        catalogue.setActive(old.id(), false);
        w.runAs(w.coachA);
        expectMessage(() -> coaching.saveActivity(companyId, new PlannedActivityForm(a.id(), a.areaCode(), a.title(),
                null, 3, 40, null, null, old.id())), "coaching.error.activity.course.inactive");
        // the action keeps a course that was deactivated after it was chosen
        catalogue.find(course.id()).orElseThrow();
        w.runAs(w.admin);
        catalogue.setActive(course.id(), false);
        w.runAs(w.coachA);
        PlannedActivityInfo kept = coaching.saveActivity(companyId, new PlannedActivityForm(a.id(), a.areaCode(),
                a.title(), null, 4, 40, null, null, course.id()));
        assertThat(kept.courseId()).isEqualTo(course.id());
        assertThat(kept.estimatedCost()).isEqualByComparingTo("51600");
        // and free text again
        assertThat(coaching.saveActivity(companyId, new PlannedActivityForm(a.id(), a.areaCode(), "Egen svetskurs",
                null, 4, 40, null, null)).courseId()).isNull();
    }

    @Test
    void everySubmittedVersionIsKeptWithTheCompanysDecision() {
        TrainingCourseInfo course = w.course(CompetenceAreas.SUSTAINABILITY, "Energieffektivisering", 12, "4200");
        coaching.preparePlan(companyId, "Bred", List.of(CompetenceAreas.SUSTAINABILITY, CompetenceAreas.LEAN));
        w.runAs(w.coachA);
        assertThat(coaching.planVersions(companyId)).isEmpty();
        coaching.logSession(companyId, new CoachingSessionForm(LocalDate.now(), 60, null, "Träff", null));
        coaching.updatePlan(companyId, "Första förslaget");
        coaching.submitPlan(companyId);
        assertThat(coaching.planVersions(companyId)).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(PlanStatus.SUBMITTED);
            assertThat(v.submittedBy()).isEqualTo(w.coachA);
        });

        w.runAs(w.companyUserA);
        coaching.rejectPlan(companyId, "Fler deltagare i energikursen");
        w.runAs(w.coachA);
        PlanInfo draft = coaching.currentPlan(companyId).orElseThrow();
        PlannedActivityInfo energy = draft.activities().get(0);
        coaching.saveActivity(companyId, new PlannedActivityForm(energy.id(), energy.areaCode(), energy.title(), null,
                10, energy.hoursPerParticipant(), energy.plannedStart(), null, energy.courseId()));
        coaching.removeActivity(companyId, draft.activities().get(1).id());
        coaching.updatePlan(companyId, "Andra förslaget");
        coaching.submitPlan(companyId);
        w.runAs(w.companyUserA);
        coaching.approvePlan(companyId);

        List<PlanVersionInfo> versions = coaching.planVersions(companyId);
        assertThat(versions).extracting(PlanVersionInfo::version).containsExactly(1, 2);
        PlanVersionInfo first = versions.get(0);
        assertThat(first.status()).isEqualTo(PlanStatus.REJECTED);
        assertThat(first.companyComment()).isEqualTo("Fler deltagare i energikursen");
        assertThat(first.decidedBy()).isEqualTo(w.companyUserA);
        assertThat(first.summary()).isEqualTo("Första förslaget");
        assertThat(first.coachingTrack()).isEqualTo("Bred");
        assertThat(first.activities()).hasSize(2);
        assertThat(first.activities().get(0)).satisfies(a -> {
            assertThat(a.participants()).isEqualTo(5);
            assertThat(a.courseId()).isEqualTo(course.id());
            assertThat(a.courseProvider()).isEqualTo(course.provider());
            assertThat(a.estimatedCost()).isEqualByComparingTo("21000");
            assertThat(a.plannedStart()).isAfter(LocalDate.now());
        });
        assertThat(first.activities().get(1).title()).isEqualTo("Lean och ständiga förbättringar");

        PlanVersionInfo second = versions.get(1);
        assertThat(second.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(second.companyComment()).isNull();
        assertThat(second.summary()).isEqualTo("Andra förslaget");
        assertThat(second.activities()).singleElement().satisfies(a -> assertThat(a.participants()).isEqualTo(10));
        assertThat(second.estimatedCost()).isEqualByComparingTo("42000");
        assertThat(second.plannedHours()).isEqualTo(120);

        w.runAs(w.managerA);
        assertThat(coaching.planVersions(companyId)).hasSize(2);
        w.runAs(w.coachB);
        assertThatThrownBy(() -> coaching.planVersions(companyId)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> coaching.planVersions(companyId)).isInstanceOf(AccessRefusedException.class);
    }
}
