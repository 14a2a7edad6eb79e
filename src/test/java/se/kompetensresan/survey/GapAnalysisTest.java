package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.UserService;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import java.util.Set;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;

/** Gap analysis across the tenant scope: the prioritised gap list of a company and the heat map. */
@SpringBootTest
@ActiveProfiles("test")
class GapAnalysisTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;
    /** A second company in delprojekt A (Karlskoga), not submitted. */
    long companyA2;
    /** A third company in delprojekt A, but in Degerfors (also Örebro län), submitted. */
    long companyA3;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(users, projects, companies);
        SurveyTestData.runAs(users, w.admin());
        companyA2 = companies.register(new CompanyForm(SurveyTestData.organisationNumber(), "Gjuteri A2 " + w.admin(),
                w.subprojectA(), "1883", null, "24510", 2, 8, "Cia", "cia@example.se", null)).id();
        companyA3 = companies.register(new CompanyForm(SurveyTestData.organisationNumber(), "Plåt A3 " + w.admin(),
                w.subprojectA(), "1862", null, "25110", 1, 6, "Dan", "dan@example.se", null)).id();
        users.create(new UserForm(w.admin() + "-ca3", "secret", "Dan", null,
                Role.COMPANY, companyA3, Set.of()));

        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserA(), surveys.open(w.companyA(), SurveyRound.FIRST),
                Map.of("WELDING", new int[]{1, 4, 2}, "CNC", new int[]{1, 4, 5}, "LEAN", new int[]{2, 4, 10},
                        "QUALITY", new int[]{4, 2, 3}, "SWEDISH", new int[]{2, 3, 7}));
        SurveyTestData.answerAndSubmit(surveys, users, w.admin() + "-ca3", surveys.open(companyA3, SurveyRound.FIRST),
                Map.of("WELDING", new int[]{2, 4, 4}, "LEAN", new int[]{3, 4, 1}));
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserB(), surveys.open(w.companyB(), SurveyRound.FIRST),
                Map.of("WELDING", new int[]{1, 4, 9}));
        surveys.open(companyA2, SurveyRound.FIRST);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void prioritisedGapsAreSortedByGapThenByEmployeesConcerned() {
        SurveyTestData.runAs(users, w.coachA());
        PrioritisedGaps gaps = surveys.prioritisedGaps(w.companyA()).orElseThrow();

        assertThat(gaps.companyId()).isEqualTo(w.companyA());
        assertThat(gaps.areas()).hasSize(12);
        assertThat(gaps.areas().subList(0, 4)).extracting(AreaGap::areaCode, AreaGap::gap, AreaGap::employeesConcerned)
                .containsExactly(tuple("CNC", 3, 5), tuple("WELDING", 3, 2), tuple("LEAN", 2, 10), tuple("SWEDISH", 1, 7));
        assertThat(gaps.areas().get(11)).isEqualTo(new AreaGap("QUALITY", 4, 2, 3));
        assertThat(gaps.withGapAtLeast(2)).extracting(AreaGap::areaCode).containsExactly("CNC", "WELDING", "LEAN");
    }

    @Test
    void prioritisedGapsAreEmptyUntilTheKartlaggningIsSubmitted() {
        SurveyTestData.runAs(users, w.managerA());
        assertThat(surveys.prioritisedGaps(companyA2)).isEmpty();
    }

    @Test
    void prioritisedGapsOfAnotherTenantAreRefused() {
        SurveyTestData.runAs(users, w.coachB());
        assertThatThrownBy(() -> surveys.prioritisedGaps(w.companyA())).isInstanceOf(AccessRefusedException.class);
        SurveyTestData.runAs(users, w.companyUserB());
        assertThatThrownBy(() -> surveys.prioritisedGaps(w.companyA())).isInstanceOf(AccessRefusedException.class);
        SurveyTestData.runAs(users, w.companyUserA());
        assertThat(surveys.prioritisedGaps(w.companyA())).isPresent();
    }

    @Test
    void heatMapShowsOnlyTheCompaniesOfTheUsersDelprojekt() {
        SurveyTestData.runAs(users, w.coachA());
        HeatMap map = surveys.heatMap(Optional.empty(), Optional.empty());
        assertThat(map.rows()).extracting(HeatMap.Row::companyId)
                .contains(w.companyA(), companyA2, companyA3).doesNotContain(w.companyB());
        assertThat(map.rows()).allMatch(r -> r.subprojectId() == w.subprojectA());

        SurveyTestData.runAs(users, w.coachB());
        HeatMap other = surveys.heatMap(Optional.empty(), Optional.empty());
        assertThat(other.rows()).extracting(HeatMap.Row::companyId)
                .doesNotContain(w.companyA(), companyA2, companyA3).contains(w.companyB());
    }

    @Test
    void heatMapCellsAreTheGapsOfTheSubmittedKartlaggning() {
        SurveyTestData.runAs(users, w.managerA());
        HeatMap map = surveys.heatMap(Optional.of(w.subprojectA()), Optional.empty());

        assertThat(map.areas()).isEqualTo(CompetenceAreas.ALL);
        HeatMap.Row a = row(map, w.companyA());
        assertThat(a.submitted()).isTrue();
        assertThat(a.gapOf("WELDING")).isEqualTo(3);
        assertThat(a.gapOf("QUALITY")).isEqualTo(-2);
        assertThat(a.gapOf("AUTOMATION")).isZero();
        HeatMap.Row a2 = row(map, companyA2);
        assertThat(a2.submitted()).isFalse();
        assertThat(a2.gapOf("WELDING")).isNull();
        assertThat(map.submittedCount()).isEqualTo(2);
    }

    @Test
    void heatMapTotalsCountCompaniesWithGapTwoOrMoreAndTheirEmployees() {
        SurveyTestData.runAs(users, w.admin());
        HeatMap map = surveys.heatMap(Optional.of(w.subprojectA()), Optional.empty());

        assertThat(map.rows()).extracting(HeatMap.Row::companyId).containsExactlyInAnyOrder(w.companyA(), companyA2, companyA3);
        // WELDING: A gap 3 (2 employees), A3 gap 2 (4 employees)
        assertThat(map.total("WELDING")).isEqualTo(new HeatMap.AreaTotal("WELDING", 2, 6, 5));
        // LEAN: A gap 2 (10), A3 gap 1 (1): only A counts as a clear need, both have employees concerned
        assertThat(map.total("LEAN")).isEqualTo(new HeatMap.AreaTotal("LEAN", 1, 11, 3));
        // QUALITY: A has more than it needs: no demand
        assertThat(map.total("QUALITY")).isEqualTo(new HeatMap.AreaTotal("QUALITY", 0, 0, 0));
        assertThat(map.total("SWEDISH")).isEqualTo(new HeatMap.AreaTotal("SWEDISH", 0, 7, 1));
    }

    @Test
    void heatMapFiltersByDelprojektAndCounty() {
        SurveyTestData.runAs(users, w.admin());
        HeatMap b = surveys.heatMap(Optional.of(w.subprojectB()), Optional.empty());
        assertThat(b.rows()).extracting(HeatMap.Row::companyId).containsExactly(w.companyB());

        // Karlskoga (1883) and Degerfors (1862) are in Örebro län (18), Uppsala (0380) in Uppsala län (03)
        HeatMap orebro = surveys.heatMap(Optional.empty(), Optional.of("18"));
        assertThat(orebro.rows()).extracting(HeatMap.Row::companyId)
                .contains(w.companyA(), companyA2, companyA3).doesNotContain(w.companyB());
        HeatMap uppsala = surveys.heatMap(Optional.empty(), Optional.of("03"));
        assertThat(uppsala.rows()).extracting(HeatMap.Row::companyId)
                .contains(w.companyB()).doesNotContain(w.companyA(), companyA2, companyA3);
        assertThat(surveys.heatMap(Optional.of(w.subprojectA()), Optional.of("03")).rows()).isEmpty();
    }

    @Test
    void heatMapRefusesCompanyUsersAndForeignDelprojekt() {
        SurveyTestData.runAs(users, w.companyUserA());
        assertThatThrownBy(() -> surveys.heatMap(Optional.empty(), Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
        SurveyTestData.runAs(users, w.coachA());
        assertThatThrownBy(() -> surveys.heatMap(Optional.of(w.subprojectB()), Optional.empty()))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void averageImprovementIgnoresAreasMissingInARound() {
        assertThat(AreaComparison.averageImprovement(List.of(new AreaComparison("CNC", 1, 3, 4, 4),
                new AreaComparison("LEAN", 2, 3, 3, 3), new AreaComparison("QUALITY", null, 3, null, 3))))
                .hasValue(1.5);
        assertThat(AreaComparison.averageImprovement(List.of())).isEmpty();
    }

    private static HeatMap.Row row(HeatMap map, long companyId) {
        return map.rows().stream().filter(r -> r.companyId() == companyId).findFirst().orElseThrow();
    }
}
