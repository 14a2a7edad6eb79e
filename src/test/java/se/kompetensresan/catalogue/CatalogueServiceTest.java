package se.kompetensresan.catalogue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Optional;
import java.util.Set;

@SpringBootTest
@ActiveProfiles("test")
class CatalogueServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    CoachingTestData w;
    final List<Long> created = new ArrayList<>();

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
    }

    /** The catalogue is shared by every test: nothing this test added stays on offer. */
    @AfterEach
    void deactivateAndSignOut() {
        w.runAs(w.admin);
        created.forEach(id -> catalogue.setActive(id, false));
        SecurityContextHolder.clearContext();
    }

    private CourseForm form(String name, Integer hours, String price) {
        return new CourseForm(null, name, "Industriteknik " + w.key, CompetenceAreas.WELDING, "Praktisk kurs", hours,
                price == null ? null : new BigDecimal(price), CourseDelivery.CLASSROOM);
    }

    private TrainingCourseInfo save(CourseForm f) {
        TrainingCourseInfo c = catalogue.save(f);
        created.add(c.id());
        return c;
    }

    private void expectMessage(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void adminsAndManagersEditTheCatalogueCoachesReadAndCompaniesAreRefused() {
        w.runAs(w.admin);
        TrainingCourseInfo c = save(form("  MIG/MAG-svetsning " + w.key + " ", 40, "12900"));
        assertThat(c.name()).isEqualTo("MIG/MAG-svetsning " + w.key);
        assertThat(c.pricePerParticipant()).isEqualByComparingTo("12900.00");
        assertThat(c.active()).isTrue();
        assertThat(c.estimatedCost(3)).isEqualByComparingTo("38700");

        w.runAs(w.managerA);
        TrainingCourseInfo changed = catalogue.save(new CourseForm(c.id(), c.name(), c.provider(), c.areaCode(),
                "Ny beskrivning", 32, c.pricePerParticipant(), CourseDelivery.ON_SITE));
        assertThat(changed.hoursPerParticipant()).isEqualTo(32);
        assertThat(changed.delivery()).isEqualTo(CourseDelivery.ON_SITE);

        w.runAs(w.coachA);
        assertThat(catalogue.search(w.key, null, false)).extracting(TrainingCourseInfo::id).containsExactly(c.id());
        assertThat(catalogue.activeCourses(w.subprojectA.id())).extracting(TrainingCourseInfo::id).contains(c.id());
        assertThatThrownBy(() -> catalogue.save(form("Kapad " + w.key, 8, "100"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> catalogue.setActive(c.id(), false)).isInstanceOf(AccessRefusedException.class);

        w.runAs(w.companyUserA);
        assertThatThrownBy(() -> catalogue.search(null, null, false)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> catalogue.activeCourses(w.subprojectA.id())).isInstanceOf(AccessRefusedException.class);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> catalogue.search(null, null, false)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void everyFieldIsValidatedOnTheServer() {
        w.runAs(w.admin);
        expectMessage(() -> catalogue.save(form("  ", 8, "100")), "catalogue.error.name.required");
        expectMessage(() -> catalogue.save(form("N".repeat(201), 8, "100")), "catalogue.error.name.length");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, " ", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE)), "catalogue.error.provider.required");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", "NONSENSE", null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE)), "catalogue.error.area.required");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN,
                "d".repeat(2001), 8, BigDecimal.TEN, CourseDelivery.ONLINE)), "catalogue.error.description.length");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, 0, "100")), "catalogue.error.hours.range");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, 401, "100")), "catalogue.error.hours.range");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, null, "100")), "catalogue.error.hours.range");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, 8, null)), "catalogue.error.price.required");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, 8, "-1")), "catalogue.error.price.range");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, 8, "1000000.01")), "catalogue.error.price.range");
        expectMessage(() -> catalogue.save(form("Kurs " + w.key, 8, "10.005")), "catalogue.error.price.decimals");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN,
                null, 8, BigDecimal.TEN, null)), "catalogue.error.delivery.required");
        assertThat(catalogue.search(w.key, null, true)).isEmpty();

        TrainingCourseInfo first = save(form("Kurs " + w.key, 8, "0"));
        expectMessage(() -> catalogue.save(form("KURS " + w.key, 16, "100")), "catalogue.error.name.duplicate");
        // saving the course itself again is no duplicate
        assertThat(catalogue.save(CourseForm.of(first)).id()).isEqualTo(first.id());
    }

    @Test
    void searchFiltersByTextAndAreaAndDeactivatedCoursesLeaveTheOffer() {
        w.runAs(w.admin);
        TrainingCourseInfo welding = save(form("TIG-svetsning " + w.key, 32, "13800"));
        TrainingCourseInfo lean = save(new CourseForm(null, "Lean grundkurs " + w.key, "Lärcentrum Karlskoga",
                CompetenceAreas.LEAN, "5S och värdeflöde " + w.key, 16, new BigDecimal("5500"), CourseDelivery.ON_SITE));
        assertThat(catalogue.search(w.key, null, false)).extracting(TrainingCourseInfo::id).containsExactlyInAnyOrder(welding.id(), lean.id());
        assertThat(catalogue.search(w.key, CompetenceAreas.LEAN, false)).extracting(TrainingCourseInfo::id).containsExactly(lean.id());
        assertThat(catalogue.search("tig-SVETS", CompetenceAreas.WELDING, false)).extracting(TrainingCourseInfo::id).contains(welding.id());
        assertThat(catalogue.search("5s och värdeflöde " + w.key, null, false)).extracting(TrainingCourseInfo::id).containsExactly(lean.id());

        catalogue.setActive(lean.id(), false);
        assertThat(catalogue.search(w.key, null, false)).extracting(TrainingCourseInfo::id).containsExactly(welding.id());
        assertThat(catalogue.search(w.key, null, true)).extracting(TrainingCourseInfo::id).contains(lean.id());
        assertThat(catalogue.activeCourses(w.subprojectA.id())).extracting(TrainingCourseInfo::id).doesNotContain(lean.id());
        assertThat(catalogue.find(lean.id())).get().extracting(TrainingCourseInfo::active).isEqualTo(false);
        assertThat(catalogue.firstActiveCourse(CompetenceAreas.LEAN, w.subprojectA.id())).map(TrainingCourseInfo::id).isNotEqualTo(Optional.of(lean.id()));
        catalogue.setActive(lean.id(), true);
        assertThat(catalogue.activeCourses(w.subprojectA.id())).extracting(TrainingCourseInfo::id).contains(lean.id());
    }

    @Test
    void theDemoCatalogueCoversEveryAreaAndIsLoadedOnlyIntoAnEmptyCatalogue() {
        List<CourseForm> demo = CatalogueService.readDefaultCatalogue();
        assertThat(demo).hasSizeBetween(15, 20);
        assertThat(demo).extracting(CourseForm::areaCode).containsAll(CompetenceAreas.ALL);
        assertThat(demo).extracting(CourseForm::name).contains("Robotprogrammering ABB grundkurs", "MIG/MAG-svetsning",
                "Lean grundkurs", "Truckkort", "Heta arbeten", "CNC-programmering Heidenhain", "Mätteknik grund",
                "Ledarskap för arbetsledare", "Svenska för yrkesverksamma");

        w.runAs(w.admin);
        save(form("Befintlig " + w.key, 8, "100"));
        assertThat(catalogue.loadDefaultCatalogueIfEmpty()).isZero();

        // on an emptied catalogue inside a transaction that is rolled back, so other tests keep their courses
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.update("delete from course_date_booking");
            jdbc.update("delete from course_date");
            jdbc.update("delete from training_course_project");
            jdbc.update("delete from training_course");
            assertThat(catalogue.loadDefaultCatalogueIfEmpty()).isEqualTo(demo.size());
            List<TrainingCourseInfo> loaded = catalogue.search(null, null, true);
            assertThat(loaded).hasSize(demo.size()).allMatch(TrainingCourseInfo::active);
            assertThat(catalogue.firstActiveCourse(CompetenceAreas.AUTOMATION, w.subprojectA.id())).get()
                    .extracting(TrainingCourseInfo::name).isEqualTo("Robotprogrammering ABB grundkurs");
            assertThat(catalogue.loadDefaultCatalogueIfEmpty()).isZero();
            tx.setRollbackOnly();
        });
        assertThat(catalogue.search("Robotprogrammering ABB grundkurs", null, true)).isEmpty();
    }

    @Test
    void aCourseOfOneProjectIsOfferedOnlyThereAndASharedCourseInEveryProject() {
        CoachingTestData other = new CoachingTestData(ctx);
        w.runAs(w.admin);
        TrainingCourseInfo own = save(new CourseForm(null, "Projektets svetskurs " + w.key, "Svetsskolan", CompetenceAreas.WELDING,
                null, 24, new BigDecimal("9000"), CourseDelivery.CLASSROOM, CourseKind.COMPANY_SPECIFIC,
                ProcurementStatus.DIRECT_AWARD, " Svetsskolan AB ", Set.of(w.project.id())));
        assertThat(own.supplier()).isEqualTo("Svetsskolan AB");
        assertThat(own.shared()).isFalse();
        TrainingCourseInfo shared = save(form("Delad svetskurs " + w.key, 24, "9000"));

        w.runAs(w.coachA);
        assertThat(catalogue.activeCourses(w.subprojectA.id())).extracting(TrainingCourseInfo::id).contains(own.id(), shared.id());
        assertThat(catalogue.search(w.key, null, false)).extracting(TrainingCourseInfo::id).contains(own.id(), shared.id());
        assertThatThrownBy(() -> catalogue.activeCourses(other.subprojectA.id())).isInstanceOf(AccessRefusedException.class);
        other.runAs(other.coachA);
        assertThat(catalogue.activeCourses(other.subprojectA.id())).extracting(TrainingCourseInfo::id)
                .contains(shared.id()).doesNotContain(own.id());
        assertThat(catalogue.search(w.key, null, true)).extracting(TrainingCourseInfo::id).containsExactly(shared.id());
        assertThat(catalogue.offeredIn(own.id(), other.subprojectA.id())).isFalse();
        assertThat(catalogue.offeredIn(own.id(), w.subprojectB.id())).isTrue();
        assertThat(catalogue.firstActiveCourse(CompetenceAreas.WELDING, other.subprojectA.id()))
                .map(TrainingCourseInfo::id).isNotEqualTo(Optional.of(own.id()));

        // a manager chooses among their own projects and keeps the other projects' share of a course
        other.runAs(other.managerA);
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kapad " + w.key, "Svetsskolan", CompetenceAreas.WELDING,
                null, 8, BigDecimal.TEN, CourseDelivery.CLASSROOM, CourseKind.OPEN_COURSE, ProcurementStatus.TO_BE_PROCURED,
                null, Set.of(w.project.id()))), "catalogue.error.projects.unknown");
        assertThatThrownBy(() -> catalogue.setActive(own.id(), false)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> catalogue.save(CourseForm.of(own))).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.admin);
        TrainingCourseInfo both = catalogue.save(new CourseForm(own.id(), own.name(), own.provider(), own.areaCode(), null, 24,
                own.pricePerParticipant(), own.delivery(), own.kind(), own.procurement(), own.supplier(),
                Set.of(w.project.id(), other.project.id())));
        other.runAs(other.managerA);
        expectMessage(() -> catalogue.save(new CourseForm(both.id(), both.name(), both.provider(), both.areaCode(), null, 24,
                both.pricePerParticipant(), both.delivery(), both.kind(), both.procurement(), both.supplier(),
                Set.of(other.project.id()))), "catalogue.error.projects.foreign");
        expectMessage(() -> catalogue.save(new CourseForm(both.id(), both.name(), both.provider(), both.areaCode(), null, 24,
                both.pricePerParticipant(), both.delivery(), both.kind(), both.procurement(), both.supplier(),
                Set.of())), "catalogue.error.projects.foreign");
        assertThat(catalogue.save(CourseForm.of(both)).projectIds()).containsExactlyInAnyOrder(w.project.id(), other.project.id());
    }

    @Test
    void theKindProcurementAndSupplierAreValidatedOnTheServer() {
        w.runAs(w.admin);
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE, null, ProcurementStatus.TO_BE_PROCURED, null, Set.of())),
                "catalogue.error.kind.required");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE, CourseKind.OPEN_COURSE, null, null, Set.of())),
                "catalogue.error.procurement.required");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE, CourseKind.OPEN_COURSE, ProcurementStatus.FRAMEWORK_AGREEMENT, " ",
                Set.of())), "catalogue.error.supplier.required");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE, CourseKind.OPEN_COURSE, ProcurementStatus.DIRECT_AWARD, "S".repeat(201),
                Set.of())), "catalogue.error.supplier.length");
        expectMessage(() -> catalogue.save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE, CourseKind.OPEN_COURSE, ProcurementStatus.TO_BE_PROCURED, null,
                Set.of(Long.MAX_VALUE))), "catalogue.error.projects.unknown");
        assertThat(catalogue.search(w.key, null, true)).isEmpty();
        TrainingCourseInfo c = save(new CourseForm(null, "Kurs " + w.key, "Lärcentrum", CompetenceAreas.LEAN, null, 8,
                BigDecimal.TEN, CourseDelivery.ONLINE, CourseKind.OPEN_COURSE, ProcurementStatus.TO_BE_PROCURED, null, Set.of()));
        assertThat(c.open()).isTrue();
        assertThat(c.shared()).isTrue();
        assertThat(c.supplier()).isNull();
    }
}
