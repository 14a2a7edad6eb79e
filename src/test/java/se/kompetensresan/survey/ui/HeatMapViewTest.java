package se.kompetensresan.survey.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.survey.DemandChart;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyTestData;

import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import com.vaadin.flow.component.html.Div;

class HeatMapViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    Geography geography;

    SurveyTestData.World w;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(userService, projects, companies);
        SurveyTestData.answerAndSubmit(surveys, userService, w.companyUserA(), surveys.open(w.companyA(), SurveyRound.FIRST),
                Map.of("WELDING", new int[]{1, 4, 2}, "CNC", new int[]{2, 4, 5}, "QUALITY", new int[]{4, 2, 3}));
        SurveyTestData.answerAndSubmit(surveys, userService, w.companyUserB(), surveys.open(w.companyB(), SurveyRound.FIRST),
                Map.of("WELDING", new int[]{1, 2, 9}));
    }

    private void open(String username) {
        login(username);
        UI.getCurrent().navigate("survey/heatmap");
    }

    private static NativeTableCell cell(long companyId, int areaIndex) {
        NativeTableRow row = _get(NativeTableRow.class, s -> s.withId("heatmap-row-" + companyId));
        return row.getDataCell(areaIndex).orElseThrow();
    }

    @Test
    void coachSeesOnlyTheCompaniesOfTheirDelprojektColouredByGap() throws Exception {
        open(w.coachA());

        _get(NativeTable.class, s -> s.withId("heatmap-table"));
        _assertOne(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyA()));
        _assertNone(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyB()));
        // areas in questionnaire order: AUTOMATION, DIGITALISATION, CNC, WELDING, MAINTENANCE, QUALITY, ...
        assertThat(cell(w.companyA(), 3).getText()).isEqualTo("3");
        assertThat(cell(w.companyA(), 3).getClassNames()).contains("heat", "heat-3");
        assertThat(cell(w.companyA(), 2).getClassNames()).contains("heat-2");
        assertThat(cell(w.companyA(), 5).getText()).isEqualTo("-2");
        assertThat(cell(w.companyA(), 5).getClassNames()).contains("heat-0");
        NativeTableCell welding = _get(NativeTableCell.class, s -> s.withId("heatmap-total-WELDING"));
        assertThat(welding.getElement().getTextRecursively()).contains("1 ftg").contains("2 anställda");
        _get(Div.class, s -> s.withId("heatmap-legend"));

        DemandChart chart = _get(DemandChart.class, s -> s.withId("heatmap-chart"));
        var data = new ObjectMapper().readTree(chart.getElement().getAttribute("data-chart"));
        assertThat(data.get("labels")).hasSize(12);
        assertThat(data.get("datasets").get(0).get("data").get(3).asInt()).isEqualTo(2); // WELDING employees
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheRows() {
        open(w.admin());
        _assertOne(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyA()));
        _assertOne(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyB()));

        Select<SubprojectInfo> subproject = _get(Select.class, s -> s.withId("heatmap-subproject"));
        _setValue(subproject, projects.subproject(w.subprojectB()).orElseThrow());
        _assertNone(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyA()));
        _assertOne(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyB()));
        NativeTableCell welding = _get(NativeTableCell.class, s -> s.withId("heatmap-total-WELDING"));
        assertThat(welding.getElement().getTextRecursively()).contains("0 ftg").contains("9 anställda");

        _setValue(subproject, null);
        Select<Geography.County> county = _get(Select.class, s -> s.withId("heatmap-county"));
        _setValue(county, geography.county("18").orElseThrow());
        _assertOne(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyA()));
        _assertNone(NativeTableRow.class, s -> s.withId("heatmap-row-" + w.companyB()));
    }

    @Test
    void companyUserIsRefused() {
        login(w.companyUserA());
        Throwable refused = catchThrowable(() -> {
            UI.getCurrent().navigate("survey/heatmap");
            _get(HeatMapView.class);
        });
        // Karibu's stand-in for the access-denied page fails the rendering, where the app shows RouteAccessDeniedView
        assertThat(refused).isNotNull().hasMessageContaining("AccessDenied");
    }
}
