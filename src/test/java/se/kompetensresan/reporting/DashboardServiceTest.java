package se.kompetensresan.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.participant.CoFinancingGrouping;
import se.kompetensresan.participant.CoFinancingService;
import se.kompetensresan.participant.CoFinancingTotal;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every dashboard figure against the hand-counted {@link ReportingWorld}. */
@SpringBootTest
@ActiveProfiles("test")
class DashboardServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    DashboardService dashboards;
    @Autowired
    CoFinancingService coFinancing;

    ReportingWorld world;

    @BeforeEach
    void setUp() {
        world = new ReportingWorld(ctx);
    }

    @AfterEach
    void tearDown() {
        world.removeTasks();
        SecurityContextHolder.clearContext();
    }

    private static GenderCount gc(long women, long men) {
        return new GenderCount(women, men);
    }

    private static BigDecimal money(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theWholeProjectForTheQuarterCountsCompaniesParticipantsHoursAndMoneyAsCountedByHand() {
        world.w.runAs(world.w.admin);
        Dashboard d = dashboards.dashboard(world.q2());

        assertThat(d.projectName()).isEqualTo(world.w.project.name());
        assertThat(d.caseNumber()).isEqualTo(world.w.project.caseNumber());
        // companies: A and B enrolled by 30 June (C only in August), against the target of 10
        assertThat(d.companies().enrolled()).isEqualTo(2);
        assertThat(d.companies().planned()).isEqualTo(10);
        assertThat(d.companies().byPhase()).containsEntry(JourneyPhase.TRAINING, 1L).containsEntry(JourneyPhase.SURVEY, 1L)
                .containsEntry(JourneyPhase.COACHING, 0L);
        assertThat(d.companies().overdueTasks()).isEqualTo(1);
        assertThat(d.companies().surveysSubmitted()).isEqualTo(1);
        assertThat(d.companies().responseRatePercent()).isEqualByComparingTo("50.0");

        // participants: started Berit, David, Frida, Gustav; active at the end all but Carl; ended Carl
        Dashboard.Participants p = d.participants();
        assertThat(p.started()).isEqualTo(gc(2, 2));
        assertThat(p.active()).isEqualTo(gc(3, 2));
        assertThat(p.ended()).isEqualTo(gc(0, 1));
        assertThat(p.total()).isEqualTo(gc(3, 3));
        assertThat(p.planned()).isEqualTo(100);
        // 3 of 6 are women: 50 % against the planned 20 %, far beyond the margin of 5 points
        assertThat(p.plannedWomenPercent()).isEqualTo(20);
        assertThat(p.womenPercent()).isEqualByComparingTo("50.0");
        assertThat(p.margin()).isEqualTo(5);
        assertThat(p.womenShareDeviates()).isTrue();
        assertThat(p.ageBands()).containsEntry(AgeBand.UNDER_30, gc(1, 0)).containsEntry(AgeBand.FROM_30_TO_54, gc(2, 2))
                .containsEntry(AgeBand.FROM_55, gc(0, 1));

        // hours per month of the quarter
        assertThat(d.hours()).extracting(Dashboard.MonthHours::month)
                .containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(d.hours().get(0).reported()).isEqualTo(gc(10, 0));
        assertThat(d.hours().get(0).signed()).isEqualTo(gc(10, 0));
        assertThat(d.hours().get(0).disputed()).isEqualTo(gc(0, 0));
        assertThat(d.hours().get(1).reported()).isEqualTo(gc(8, 7));
        assertThat(d.hours().get(1).signed()).isEqualTo(gc(0, 7));
        assertThat(d.hours().get(1).disputed()).isEqualTo(gc(8, 0));
        assertThat(d.hours().get(2).reported()).isEqualTo(gc(3, 0));
        assertThat(d.hours().get(2).signed()).isEqualTo(gc(0, 0));

        // co-financing: 2025-12 4h × 500 and 2026-03 5h × 600 before the quarter; April 10 × 600; May 7 × 600
        assertThat(d.coFinancing()).hasSize(3);
        assertThat(d.coFinancing().get(0).women()).isEqualByComparingTo("6000");
        assertThat(d.coFinancing().get(0).men()).isEqualByComparingTo("0");
        assertThat(d.coFinancing().get(0).cumulated()).isEqualByComparingTo("11000");
        assertThat(d.coFinancing().get(1).women()).isEqualByComparingTo("0");
        assertThat(d.coFinancing().get(1).men()).isEqualByComparingTo("4200");
        assertThat(d.coFinancing().get(1).cumulated()).isEqualByComparingTo("15200");
        assertThat(d.coFinancing().get(2).total()).isEqualByComparingTo("0");
        assertThat(d.coFinancing().get(2).cumulated()).isEqualByComparingTo("15200");
        assertThat(d.plannedCoFinancing()).isEqualByComparingTo("400000");
        assertThat(d.plannedActivitiesCost()).isEqualByComparingTo("20000");
        assertThat(d.budget()).isEqualByComparingTo("1000000");
    }

    @Test
    void aManagerOfOneDelprojektSeesOnlyItAndItsPlan() {
        world.w.runAs(world.w.managerA);
        Dashboard d = dashboards.dashboard(world.q2());
        assertThat(d.companies().enrolled()).isEqualTo(1);
        assertThat(d.companies().planned()).as("the project's target is not the delprojekt's").isNull();
        assertThat(d.participants().total()).isEqualTo(gc(2, 2));
        assertThat(d.participants().planned()).isEqualTo(50);
        assertThat(d.plannedActivitiesCost()).isEqualByComparingTo("15000");
        assertThat(d.hours().get(2).reported()).isEqualTo(gc(0, 0));
    }

    @Test
    void theWomenShareIsNotFlaggedWithinTheMarginOfTheDelprojektsOwnPlan() {
        world.jdbc.update("update subproject set planned_women_percent = 45 where id = ?", world.w.subprojectA.id());
        world.w.runAs(world.w.admin);
        Dashboard d = dashboards.dashboard(world.q2().withSubproject(world.w.subprojectA.id()));
        // 2 of 4 women = 50 %, planned 45 %: 5 points off is within the margin
        assertThat(d.participants().womenPercent()).isEqualByComparingTo("50.0");
        assertThat(d.participants().plannedWomenPercent()).isEqualTo(45);
        assertThat(d.participants().womenShareDeviates()).isFalse();
        assertThat(d.companies().overdueTasks()).isEqualTo(1);
    }

    @Test
    void aCountyFilterKeepsOnlyTheCompaniesInThatCounty() {
        world.w.runAs(world.w.admin);
        Dashboard d = dashboards.dashboard(world.q2().withCounty("03"));
        assertThat(d.companies().enrolled()).isEqualTo(1);
        assertThat(d.companies().overdueTasks()).isZero();
        assertThat(d.participants().total()).isEqualTo(gc(1, 1));
        assertThat(d.participants().started()).isEqualTo(gc(1, 1));
        assertThat(d.hours().get(2).reported()).isEqualTo(gc(3, 0));
        assertThat(d.coFinancing().get(2).cumulated()).isEqualByComparingTo("0");
    }

    @Test
    void theCoFinancingPerMonthIsTheSameAsTheLedgersOwnSum() {
        world.w.runAs(world.w.managerA);
        Dashboard d = dashboards.dashboard(world.q2());
        List<CoFinancingTotal> ledger = coFinancing.totals(2026, null, CoFinancingGrouping.MONTH);
        for (Dashboard.MonthCoFinancing m : d.coFinancing()) {
            BigDecimal expected = ledger.stream().filter(t -> t.key().equals(m.month().toString()))
                    .map(t -> t.amountWomen().add(t.amountMen())).findFirst().orElse(BigDecimal.ZERO);
            assertThat(m.total()).as(m.month().toString()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void everyFigureDrillsDownToTheParticipantsItCounts() {
        world.w.runAs(world.w.admin);
        ReportFilter f = world.q2();
        assertThat(dashboards.participants(f, new ParticipantQuery(ParticipantState.TOTAL, Gender.WOMAN, null)))
                .extracting(ReportParticipant::name).containsExactly("Anna Andersson", "Berit Berg", "Frida Falk");
        assertThat(dashboards.participants(f, new ParticipantQuery(ParticipantState.STARTED, Gender.MAN, null)))
                .extracting(ReportParticipant::name).containsExactly("David Dahl", "Gustav Gran");
        assertThat(dashboards.participants(f, new ParticipantQuery(ParticipantState.ENDED, null, null)))
                .extracting(ReportParticipant::name).containsExactly("Carl Carlsson");
        assertThat(dashboards.participants(f, new ParticipantQuery(ParticipantState.TOTAL, Gender.MAN, AgeBand.FROM_55)))
                .extracting(ReportParticipant::name).containsExactly("Carl Carlsson");
        assertThat(dashboards.countParticipants(f, new ParticipantQuery(ParticipantState.ACTIVE, Gender.WOMAN, null))).isEqualTo(3);
        assertThat(dashboards.companies(f, JourneyPhase.TRAINING)).extracting(ReportCompany::id)
                .containsExactly(world.w.companyA.id());
        assertThat(dashboards.companies(f, null)).hasSize(2);
    }

    @Test
    void aCoachOfTheOtherDelprojektIsRefusedItAndCompanyUsersGetNoDashboard() {
        world.w.runAs(world.w.coachB);
        assertThatThrownBy(() -> dashboards.dashboard(world.q2().withSubproject(world.w.subprojectA.id())))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(dashboards.dashboard(world.q2()).participants().total()).isEqualTo(gc(1, 1));
        world.w.runAs(world.w.companyUserA);
        assertThatThrownBy(() -> dashboards.dashboard(world.q2())).isInstanceOf(AccessRefusedException.class);
    }
}
