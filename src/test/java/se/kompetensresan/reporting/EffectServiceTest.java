package se.kompetensresan.reporting;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.reporting.ProcurementRule.Proposal;
import se.kompetensresan.security.AccessRefusedException;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Effect measurement and demand against the hand-counted {@link EffectWorld}. */
@SpringBootTest
@ActiveProfiles("test")
class EffectServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    EffectService effects;

    EffectWorld world;

    @BeforeEach
    void setUp() {
        world = new EffectWorld(ctx);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private static <T> Map<String, T> byArea(java.util.List<T> list, Function<T, String> code) {
        return list.stream().collect(Collectors.toMap(code, Function.identity()));
    }

    @Test
    void companyThatRoseOneLevelCountsAsStegförflyttning() {
        world.w.runAs(world.w.admin);
        Effect e = effects.effect(world.q2());
        Map<String, Effect.AreaEffect> areas = byArea(e.areas(), Effect.AreaEffect::areaCode);

        // LEAN: A stayed at 2, B rose from 1 to 2: one of two companies
        Effect.AreaEffect lean = areas.get("LEAN");
        assertThat(lean.companies()).isEqualTo(2);
        assertThat(lean.stepped()).isEqualTo(1);
        assertThat(lean.steppedPercent()).isEqualTo(50.0);
        // WELDING: A rose 1 → 3, B 2 → 3: both
        assertThat(areas.get("WELDING").stepped()).isEqualTo(2);
        assertThat(areas.get("WELDING").steppedPercent()).isEqualTo(100.0);
        assertThat(e.companiesStepped()).isEqualTo(2);
    }

    @Test
    void theWholeProjectCountsTheFollowUpsOfThePeriodAsCountedByHand() {
        world.w.runAs(world.w.admin);
        Effect e = effects.effect(world.q2());

        // A2's follow-up came after the period, A3's is a draft: only A and B
        assertThat(e.companies()).isEqualTo(2);
        assertThat(e.areas()).extracting(Effect.AreaEffect::areaCode).containsExactly("WELDING", "LEAN");
        Effect.AreaEffect welding = e.areas().get(0);
        assertThat(welding.currentBefore()).isEqualTo(3);
        assertThat(welding.currentAfter()).isEqualTo(6);
        assertThat(welding.averageBefore()).isEqualTo(1.5);
        assertThat(welding.averageAfter()).isEqualTo(3.0);
        assertThat(welding.averageChange()).isEqualTo(1.5);
        assertThat(welding.requiredBefore()).isEqualTo(5);
        assertThat(welding.requiredAfter()).isEqualTo(7);
        assertThat(welding.targeted()).isEqualTo(new GapClosure(1, 2, 0));
        assertThat(welding.other()).isEqualTo(new GapClosure(1, 0, 1));
        // Anna and Carl are in A's welding course; B's lean course has Berit
        assertThat(welding.participants()).isEqualTo(new GenderCount(1, 1));
        Effect.AreaEffect lean = e.areas().get(1);
        assertThat(lean.averageBefore()).isEqualTo(1.5);
        assertThat(lean.averageAfter()).isEqualTo(2.0);
        assertThat(lean.averageChange()).isEqualTo(0.5);
        assertThat(lean.targeted()).isEqualTo(new GapClosure(1, 3, 2));
        assertThat(lean.other()).isEqualTo(new GapClosure(1, 1, 1));
        assertThat(lean.participants()).isEqualTo(new GenderCount(1, 0));

        // the survey chart's averages are the same figures
        assertThat(e.comparison().areas().get(0).currentBefore()).isEqualTo(1.5);
        assertThat(e.comparison().areas().get(0).requiredAfter()).isEqualTo(3.5);
    }

    @Test
    void theGapClosedInThePlansAreasIsSetAgainstTheOtherAreas() {
        world.w.runAs(world.w.admin);
        Effect e = effects.effect(world.q2());
        // plan's areas: A WELDING 2 → 0, B LEAN 3 → 2; others: A LEAN 1 → 1, B WELDING 0 → 1
        assertThat(e.targeted()).isEqualTo(new GapClosure(2, 5, 2));
        assertThat(e.targeted().closed()).isEqualTo(3);
        assertThat(e.targeted().closedPercent()).isCloseTo(60.0, within(1e-9));
        assertThat(e.other()).isEqualTo(new GapClosure(2, 1, 2));
        assertThat(e.other().closed()).isEqualTo(-1);
    }

    @Test
    void delprojektCountiesAndCompaniesEachGetTheirShare() {
        world.w.runAs(world.w.admin);
        Effect e = effects.effect(world.q2());

        assertThat(e.bySubproject()).extracting(Effect.EffectGroup::name)
                .containsExactlyInAnyOrder(world.w.subprojectA.name(), world.w.subprojectB.name());
        Effect.EffectGroup a = e.bySubproject().stream().filter(g -> g.key().equals(String.valueOf(world.w.subprojectA.id())))
                .findFirst().orElseThrow();
        assertThat(a.companies()).isEqualTo(1);
        assertThat(a.companiesStepped()).isEqualTo(1);
        assertThat(a.answers()).isEqualTo(2);
        assertThat(a.stepped()).isEqualTo(1);
        assertThat(a.levelChange()).isEqualTo(2);
        assertThat(a.averageChange()).isEqualTo(1.0);
        assertThat(a.targeted()).isEqualTo(new GapClosure(1, 2, 0));
        assertThat(a.other()).isEqualTo(new GapClosure(1, 1, 1));

        assertThat(e.byCounty()).extracting(Effect.EffectGroup::key).containsExactly("03", "18");
        assertThat(e.byCounty()).extracting(Effect.EffectGroup::name).containsExactly("Uppsala län", "Örebro län");

        // by name: the "=HYPERLINK" company B first
        assertThat(e.byCompany()).extracting(Effect.EffectGroup::key)
                .containsExactly(String.valueOf(world.w.companyB.id()), String.valueOf(world.w.companyA.id()));
        Effect.EffectGroup b = e.byCompany().get(0);
        assertThat(b.name()).isEqualTo(world.injectionName);
        assertThat(b.stepped()).isEqualTo(2);
        assertThat(b.levelChange()).isEqualTo(2);
        assertThat(b.targeted()).isEqualTo(new GapClosure(1, 3, 2));
    }

    @Test
    void aManagerOfOneDelprojektSeesOnlyItsCompaniesAndIsRefusedTheOther() {
        world.w.runAs(world.w.managerA);
        Effect e = effects.effect(world.q2());
        assertThat(e.companies()).isEqualTo(1);
        assertThat(e.byCompany()).extracting(Effect.EffectGroup::key).containsExactly(String.valueOf(world.w.companyA.id()));
        assertThat(e.areas().get(1).stepped()).isZero();
        assertThat(effects.demand(world.q2()).companies()).isEqualTo(5);

        ReportFilter other = world.q2().withSubproject(world.w.subprojectB.id());
        assertThatThrownBy(() -> effects.effect(other)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> effects.demand(other)).isInstanceOf(AccessRefusedException.class);
        // a county filter outside gives nothing of B either
        assertThat(effects.effect(world.q2().withCounty("03")).companies()).isZero();
    }

    @Test
    void companyUsersGetNoEffectOrDemand() {
        world.w.runAs(world.w.companyUserA);
        assertThatThrownBy(() -> effects.effect(world.q2())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> effects.demand(world.q2())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void fiveCompaniesWithAGapOfTwoMakeASharedOpenCourseAndFewerACompanySpecificProcurement() {
        world.w.runAs(world.w.admin);
        Demand d = effects.demand(world.q2());

        // A6 submitted after the period
        assertThat(d.companies()).isEqualTo(6);
        assertThat(d.rule()).isEqualTo(new ProcurementRule(5, 2));
        Map<String, Demand.AreaDemand> areas = byArea(d.areas(), Demand.AreaDemand::areaCode);
        assertThat(d.areas()).hasSize(se.kompetensresan.shared.CompetenceAreas.ALL.size());

        Demand.AreaDemand welding = areas.get("WELDING");
        assertThat(welding.companiesWithGap()).isEqualTo(5);
        assertThat(welding.companiesWithNeed()).isEqualTo(5);
        assertThat(welding.employeesConcerned()).isEqualTo(10);
        assertThat(welding.employeesWithNeed()).isEqualTo(10);
        assertThat(welding.sumOfGaps()).isEqualTo(11);
        assertThat(welding.proposal()).isEqualTo(Proposal.OPEN_COURSE);
        // only approved plans: A's welding course, not A3's submitted one
        assertThat(welding.plannedActivities()).isEqualTo(1);
        assertThat(welding.plannedParticipants()).isEqualTo(3);
        assertThat(welding.estimatedCost()).isEqualByComparingTo("12000");
        assertThat(welding.participants()).isEqualTo(new GenderCount(1, 1));

        Demand.AreaDemand lean = areas.get("LEAN");
        assertThat(lean.companiesWithGap()).isEqualTo(2);
        assertThat(lean.companiesWithNeed()).isEqualTo(1);
        assertThat(lean.employeesConcerned()).isEqualTo(8);
        assertThat(lean.employeesWithNeed()).isEqualTo(6);
        assertThat(lean.sumOfGaps()).isEqualTo(4);
        assertThat(lean.proposal()).isEqualTo(Proposal.COMPANY_SPECIFIC);
        assertThat(lean.estimatedCost()).isEqualByComparingTo("8000");
        assertThat(lean.participants()).isEqualTo(new GenderCount(1, 0));

        Demand.AreaDemand automation = areas.get("AUTOMATION");
        assertThat(automation.companiesWithGap()).isEqualTo(1);
        assertThat(automation.companiesWithNeed()).isZero();
        assertThat(automation.employeesConcerned()).isEqualTo(7);
        assertThat(automation.proposal()).isEqualTo(Proposal.NONE);
        assertThat(areas.get("CNC").companiesWithGap()).isZero();
        assertThat(areas.get("CNC").proposal()).isEqualTo(Proposal.NONE);

        // the survey chart's totals: companies with need, employees concerned, summed gaps
        assertThat(welding.total()).isEqualTo(new se.kompetensresan.survey.HeatMap.AreaTotal("WELDING", 5, 10, 11));
    }

    @Test
    void aDelprojektOrCountyFilterSumsOnlyItsCompanies() {
        world.w.runAs(world.w.admin);
        Demand b = effects.demand(world.q2().withSubproject(world.w.subprojectB.id()));
        assertThat(b.companies()).isEqualTo(1);
        Map<String, Demand.AreaDemand> areas = byArea(b.areas(), Demand.AreaDemand::areaCode);
        assertThat(areas.get("WELDING").companiesWithGap()).isZero();
        assertThat(areas.get("LEAN").companiesWithNeed()).isEqualTo(1);
        assertThat(areas.get("LEAN").proposal()).isEqualTo(Proposal.COMPANY_SPECIFIC);
        Demand county18 = effects.demand(world.q2().withCounty("18"));
        assertThat(county18.companies()).isEqualTo(5);
        assertThat(byArea(county18.areas(), Demand.AreaDemand::areaCode).get("LEAN").companiesWithNeed()).isZero();
    }

    @Test
    void theRulesThresholdsComeFromTheSettings() {
        ProcurementRule rule = new ReportingSettings(5, 2000, 3, 1).procurementRule();
        assertThat(rule.propose(3)).isEqualTo(Proposal.OPEN_COURSE);
        assertThat(rule.propose(2)).isEqualTo(Proposal.COMPANY_SPECIFIC);
        assertThat(rule.propose(0)).isEqualTo(Proposal.NONE);
        assertThat(rule.needs(1)).isTrue();
        assertThat(new ProcurementRule(5, 2).needs(1)).isFalse();
        assertThatThrownBy(() -> new ReportingSettings(5, 2000, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
