package se.kompetensresan.survey.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.survey.AreaComparison;
import se.kompetensresan.survey.AreaGap;
import se.kompetensresan.survey.ComparisonChart;
import se.kompetensresan.survey.GapChart;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyTestData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class GapAnalysisViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(userService, projects, companies);
    }

    private void submitFirstRound() {
        SurveyTestData.answerAndSubmit(surveys, userService, w.companyUserA(), surveys.open(w.companyA(), SurveyRound.FIRST),
                Map.of("WELDING", new int[]{1, 4, 2}, "CNC", new int[]{1, 4, 5}, "LEAN", new int[]{2, 4, 10},
                        "QUALITY", new int[]{4, 2, 3}));
    }

    private void open(String username, long companyId) {
        login(username);
        UI.getCurrent().navigate("survey/result/" + companyId);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    private static JsonNode chartData(Component chart) throws Exception {
        return new ObjectMapper().readTree(chart.getElement().getAttribute("data-chart"));
    }

    @Test
    void coachSeesTheGapChartAndThePrioritisedList() throws Exception {
        submitFirstRound();
        open(w.coachA(), w.companyA());

        assertThat(_get(H1.class, s -> s.withId("gap-analysis-title")).getText()).contains("Verkstad A");
        GapChart chart = _get(GapChart.class, s -> s.withId(GapChart.DEFAULT_ID));
        JsonNode data = chartData(chart);
        assertThat(data.get("labels")).hasSize(12);
        assertThat(data.get("labels").get(0).asText()).isEqualTo("CNC och skärande bearbetning");
        assertThat(data.get("labels").get(1).asText()).isEqualTo("Svetsning");
        JsonNode datasets = data.get("datasets");
        assertThat(datasets).hasSize(3);
        assertThat(datasets.get(0).get("data").get(0).asInt()).isEqualTo(1);   // nuläge CNC
        assertThat(datasets.get(1).get("data").get(0).asInt()).isEqualTo(4);   // behov CNC
        assertThat(datasets.get(2).get("data").get(0).asInt()).isEqualTo(3);   // gap CNC
        assertThat(chart.getCanvas().getAttribute("aria-label")).contains("CNC och skärande bearbetning (gap 3)");
        assertThat(chart.getCanvas().getAttribute("id")).isEqualTo("gap-chart-canvas");

        Grid<Object> list = grid("gap-list");
        assertThat(_size(list)).isEqualTo(12);
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            order.add(((AreaGap) _get(list, i)).areaCode());
        }
        assertThat(order).containsExactly("CNC", "WELDING", "LEAN", "AUTOMATION");
        assertThat(((AreaGap) _get(list, 11)).areaCode()).isEqualTo("QUALITY");
        assertThat(list.getPartNameGenerator().apply(_get(list, 0))).isEqualTo("gap-high");
        assertThat(list.getPartNameGenerator().apply(_get(list, 3))).isNull();
        _get(Paragraph.class, s -> s.withId("gap-analysis-no-follow-up"));
        _assertNone(ComparisonChart.class);
    }

    @Test
    void followUpShowsTheComparisonAndTheAverageImprovement() throws Exception {
        submitFirstRound();
        SurveyTestData.answerAndSubmit(surveys, userService, w.companyUserA(), surveys.open(w.companyA(), SurveyRound.FOLLOW_UP),
                Map.of("WELDING", new int[]{3, 4, 2}, "CNC", new int[]{2, 4, 5}, "LEAN", new int[]{4, 4, 10},
                        "QUALITY", new int[]{4, 2, 3}));
        open(w.managerA(), w.companyA());

        ComparisonChart chart = _get(ComparisonChart.class, s -> s.withId(ComparisonChart.DEFAULT_ID));
        JsonNode data = chartData(chart);
        assertThat(data.get("datasets").get(0).get("data").get(2).asInt()).isEqualTo(1); // CNC before
        assertThat(data.get("datasets").get(1).get("data").get(2).asInt()).isEqualTo(2); // CNC after
        Grid<Object> table = grid("comparison-list");
        assertThat(_size(table)).isEqualTo(12);
        assertThat(((AreaComparison) _get(table, 3)).improvement()).isEqualTo(2); // WELDING 1 -> 3
        // improvements: WELDING 2, CNC 1, LEAN 2, others 0 -> 5/12
        assertThat(_get(Paragraph.class, s -> s.withId("comparison-average")).getText()).contains("+0,4");
        _assertNone(Paragraph.class, s -> s.withId("gap-analysis-no-follow-up"));
    }

    @Test
    void companyWithoutSubmittedKartlaggningSeesAnEmptyState() {
        surveys.open(w.companyA(), SurveyRound.FIRST);
        login(w.companyUserA());
        UI.getCurrent().navigate("survey/my-result");

        _get(GapAnalysisView.class);
        assertThat(_get(H1.class, s -> s.withId("gap-analysis-title")).getText()).contains("Verkstad A");
        _get(Paragraph.class, s -> s.withId("gap-analysis-empty"));
        _assertNone(GapChart.class);
        _assertNone(Grid.class);
    }

    @Test
    void companyUserOpensTheirOwnResultFromTheMenu() {
        submitFirstRound();
        login(w.companyUserA());
        UI.getCurrent().navigate("survey/my-result");

        _get(GapChart.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("survey/result/" + w.companyA());
    }

    @Test
    void anotherCompanysResultIsRefused() {
        submitFirstRound();
        open(w.companyUserB(), w.companyA());
        _assertNone(GapAnalysisView.class);
        _get(Component.class, s -> s.withId("access-refused"));
    }

    @Test
    void coachOfAnotherDelprojektIsRefused() {
        submitFirstRound();
        open(w.coachB(), w.companyA());
        _assertNone(GapAnalysisView.class);
        _get(Component.class, s -> s.withId("access-refused"));
    }
}
