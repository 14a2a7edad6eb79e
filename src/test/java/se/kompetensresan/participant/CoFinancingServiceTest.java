package se.kompetensresan.participant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Co-financing = signed whole hours × the project's unit cost of the month's year, only for signed months. */
@SpringBootTest
@ActiveProfiles("test")
class CoFinancingServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CoFinancingService coFinancing;
    @Autowired
    SigningService signing;
    @Autowired
    ProjectService projects;

    LedgerWorld world;
    CoachingTestData w;
    ParticipantInfo anna;
    ParticipantInfo bo;
    ParticipantInfo cilla;

    @BeforeEach
    void setUp() {
        world = new LedgerWorld(ctx);
        w = world.w;
        anna = world.participant("Anna Svetsare", true);
        bo = world.participant("Bo Berg", false);
        cilla = world.participant("Cilla Holm", true);
        world.hours(world.activity1, anna, world.day(3), "4");
        world.hours(world.activity2, anna, world.day(3), "3");
        world.hours(world.activity1, bo, world.day(3), "8");
        world.hours(world.activity1, cilla, world.day(4), "5");
        world.hours(world.earlierActivity, bo, world.earlier.atDay(6), "2");
        signing.createMonthlyRequests(world.earlier);
        signing.createMonthlyRequests(world.month);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signedHoursTimesTheUnitCostOfTheYearSplitByGenderAndDisputedMonthsDoNotCount() {
        String annaToken = world.latestToken(anna);
        signing.sign(annaToken, anna.email());
        String boToken = world.latestToken(bo); // last month's (the newest)
        signing.sign(boToken, bo.email());
        signing.dispute(world.latestToken(cilla), cilla.email(), "Fel dag");
        w.runAs(w.managerA);
        List<CoFinancingRow> rows = coFinancing.rows(null, w.companyA.id());
        assertThat(rows).extracting(CoFinancingRow::participantName).containsExactlyInAnyOrder("Anna Svetsare", "Bo Berg");
        BigDecimal unit = projects.unitCost(w.project.id(), world.month.getYear());
        assertThat(unit).isEqualByComparingTo(CoachingTestData.UNIT_COST);
        CoFinancingTotal t = CoFinancingService.sum("", rows);
        assertThat(t.hoursWomen()).isEqualTo(7);
        assertThat(t.hoursMen()).isEqualTo(8);
        assertThat(t.amount()).isEqualByComparingTo(unit.multiply(BigDecimal.valueOf(15)));
        assertThat(t.participantsWomen()).isEqualTo(1);
        assertThat(coFinancing.totals(null, w.companyA.id(), CoFinancingGrouping.MONTH)).extracting(CoFinancingTotal::key)
                .containsExactly(world.month.toString());
    }

    @Test
    void theUnitCostIsThatOfTheMonthsYear() {
        w.runAs(w.admin);
        ProjectForm f = projects.form(w.project.id());
        int year = world.month.getYear();
        ProjectForm changed = new ProjectForm(f.id(), f.name(), f.caseNumber(), f.ownerOrganisation(), f.startDate(),
                f.endDate(), f.budget(), f.esfSupport(), 40, f.plannedParticipants(), f.plannedWomenPercent(),
                f.followUpMonths(), Map.of(year, new BigDecimal("620.00")), f.extraSectors());
        projects.save(changed);
        SecurityContextHolder.clearContext();
        signing.sign(world.latestToken(anna), anna.email());
        w.runAs(w.companyUserA);
        List<CoFinancingRow> rows = coFinancing.rows(year, null);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.unitCost()).isEqualByComparingTo("620.00");
            assertThat(r.amount()).isEqualByComparingTo("4340.00"); // 7 h × 620
        });
        w.runAs(w.managerA);
        assertThat(coFinancing.planned()).filteredOn(p -> p.projectId() == w.project.id()).singleElement().satisfies(p -> {
            assertThat(p.planned()).isEqualByComparingTo("400000"); // 1 000 000 × 40 %
            assertThat(p.signed()).isEqualByComparingTo("4340.00");
        });
    }

    @Test
    void everyoneSeesTheirScopeOnly() {
        signing.sign(world.latestToken(anna), anna.email());
        w.runAs(w.companyUserB);
        assertThat(coFinancing.rows(null, null)).noneMatch(r -> r.companyId() == w.companyA.id());
        assertThatThrownBy(() -> coFinancing.rows(null, w.companyA.id())).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachB);
        assertThat(coFinancing.rows(null, null)).noneMatch(r -> r.companyId() == w.companyA.id());
        w.runAs(w.coachA);
        assertThat(coFinancing.rows(null, null)).anyMatch(r -> r.companyId() == w.companyA.id());
    }
}
