package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.survey.DemandChart;
import se.kompetensresan.survey.HeatMap;
import se.kompetensresan.survey.SurveyService;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Kompetensbehov: the gaps of the submitted kartläggningar of all companies the user may see, as a heat map
 * (companies × areas, green = no gap, red = gap 3), with the summed demand per area as a last row and a chart.
 * Filters: delprojekt and län.
 */
@Route("survey/heatmap")
@Menu(order = 4, title = "survey.menu.heatmap", icon = "vaadin:grid-big")
@RolesAllowed({"MANAGER", "ADMIN", "COACH"})
class HeatMapView extends VerticalLayout implements HasDynamicTitle {

    private final SurveyService surveys;
    private final Select<SubprojectInfo> subproject = new Select<>();
    private final Select<Geography.County> county = new Select<>();
    private final Div content = new Div();

    HeatMapView(SurveyService surveys, ProjectService projects, Geography geography) {
        this.surveys = surveys;
        setId("heatmap");
        setWidthFull();
        add(new H1(getTranslation("survey.heatmap.title")));
        Paragraph intro = new Paragraph(getTranslation("survey.heatmap.intro"));
        intro.addClassName("survey-hint");
        add(intro);

        HeatMap all = surveys.heatMap(Optional.empty(), Optional.empty());

        subproject.setId("heatmap-subproject");
        subproject.setLabel(getTranslation("survey.heatmap.subproject"));
        subproject.setEmptySelectionAllowed(true);
        subproject.setEmptySelectionCaption(getTranslation("survey.heatmap.allSubprojects"));
        subproject.setItemLabelGenerator(s -> s == null ? getTranslation("survey.heatmap.allSubprojects") : s.name());
        subproject.setItems(projects.visibleSubprojects().stream()
                .sorted(Comparator.comparing(SubprojectInfo::name)).toList());

        county.setId("heatmap-county");
        county.setLabel(getTranslation("survey.heatmap.county"));
        county.setEmptySelectionAllowed(true);
        county.setEmptySelectionCaption(getTranslation("survey.heatmap.allCounties"));
        county.setItemLabelGenerator(c -> c == null ? getTranslation("survey.heatmap.allCounties") : c.name());
        county.setItems(all.rows().stream().map(HeatMap.Row::municipalityCode).filter(Objects::nonNull)
                .map(geography::municipality).flatMap(Optional::stream).map(Geography.Municipality::countyCode)
                .distinct().map(geography::county).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Geography.County::code)).toList());

        subproject.addValueChangeListener(e -> refresh());
        county.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(subproject, county);
        filters.addClassName("heatmap-filters");
        add(filters);

        content.setId("heatmap-content");
        content.setWidthFull();
        add(content);
        show(all);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.menu.heatmap");
    }

    private void refresh() {
        show(surveys.heatMap(Optional.ofNullable(subproject.getValue()).map(SubprojectInfo::id),
                Optional.ofNullable(county.getValue()).map(Geography.County::code)));
    }

    private void show(HeatMap map) {
        content.removeAll();
        if (map.rows().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("survey.heatmap.empty"));
            empty.setId("heatmap-empty");
            empty.addClassName("survey-empty");
            content.add(empty);
            return;
        }
        Paragraph count = new Paragraph(getTranslation("survey.heatmap.count.submitted", map.submittedCount(),
                map.rows().size()));
        count.setId("heatmap-submitted");
        content.add(count);

        Div scroller = new Div(table(map));
        scroller.addClassName("heatmap-scroller");
        content.add(scroller, legend());

        H3 chartTitle = new H3(getTranslation("survey.heatmap.chart.title"));
        content.add(chartTitle);
        if (map.submittedCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("survey.heatmap.noneSubmitted"));
            none.setId("heatmap-none-submitted");
            none.addClassName("survey-empty");
            content.add(none);
        } else {
            DemandChart chart = new DemandChart(map);
            chart.setId("heatmap-chart");
            chart.setWidthFull();
            content.add(chart);
        }
    }

    private NativeTable table(HeatMap map) {
        NativeTable table = new NativeTable();
        table.setId("heatmap-table");
        table.addClassName("heatmap");
        table.setCaptionText(getTranslation("survey.heatmap.caption"));
        NativeTableRow head = table.getHead().addRow();
        header(head, getTranslation("survey.heatmap.company"));
        for (String area : map.areas()) {
            header(head, getTranslation(CompetenceAreas.messageKey(area))).addClassName("heatmap-area");
        }
        var body = table.getBody();
        for (HeatMap.Row row : map.rows()) {
            NativeTableRow tr = body.addRow();
            tr.setId("heatmap-row-" + row.companyId());
            NativeTableHeaderCell name = tr.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new RouterLink(row.companyName(), GapAnalysisView.class,
                    new RouteParameters(GapAnalysisView.PARAM, String.valueOf(row.companyId()))));
            for (String area : map.areas()) {
                NativeTableCell cell = tr.addDataCell();
                Integer gap = row.gapOf(area);
                cell.addClassName("heat");
                if (gap == null) {
                    cell.setText("–");
                    cell.addClassName("heat-none");
                    cell.getElement().setAttribute("title", getTranslation(row.submitted()
                            ? "survey.heatmap.cell.unanswered" : "survey.heatmap.cell.notSubmitted"));
                } else {
                    cell.setText(String.valueOf(gap));
                    cell.addClassName("heat-" + Math.max(0, Math.min(3, gap)));
                    cell.getElement().setAttribute("title", getTranslation("survey.heatmap.cell",
                            getTranslation(CompetenceAreas.messageKey(area)), gap));
                }
            }
        }
        NativeTableRow total = table.getFoot().addRow();
        total.setId("heatmap-total");
        NativeTableHeaderCell label = total.addHeaderCell();
        label.setText(getTranslation("survey.heatmap.total"));
        label.getElement().setAttribute("scope", "row");
        for (String area : map.areas()) {
            HeatMap.AreaTotal t = map.total(area);
            NativeTableCell cell = total.addDataCell();
            cell.setId("heatmap-total-" + area);
            cell.addClassName("heatmap-total");
            Span companies = new Span(getTranslation("survey.heatmap.total.companies", t.companiesWithNeed()));
            Span employees = new Span(getTranslation("survey.heatmap.total.employees", t.employeesConcerned()));
            cell.add(companies, employees);
        }
        return table;
    }

    private static NativeTableHeaderCell header(NativeTableRow row, String text) {
        NativeTableHeaderCell th = row.addHeaderCell();
        th.setText(text);
        th.getElement().setAttribute("scope", "col");
        return th;
    }

    private Div legend() {
        Div legend = new Div();
        legend.setId("heatmap-legend");
        legend.addClassName("heatmap-legend");
        legend.add(new Span(getTranslation("survey.heatmap.legend")));
        for (String key : List.of("0", "1", "2", "3", "none")) {
            Span item = new Span();
            item.addClassName("heatmap-legend-item");
            Span swatch = new Span();
            swatch.addClassNames("heat", "heat-" + key, "heatmap-swatch");
            item.add(swatch, new Span(getTranslation("survey.heatmap.legend." + key)));
            legend.add(item);
        }
        return legend;
    }
}
