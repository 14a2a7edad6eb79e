package se.kompetensresan.survey;

import se.kompetensresan.shared.ui.ChartCanvas;

import se.kompetensresan.shared.CompetenceAreas;

import java.util.List;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Reusable chart of the summed kompetensbehov of a {@link HeatMap}: per competence area the employees concerned
 * (in companies with a gap) and the number of companies with a gap of at least {@link HeatMap#NEED_THRESHOLD}.
 * Default id {@value #DEFAULT_ID}; data in the attribute {@code data-chart} as JSON.
 */
public class DemandChart extends ChartCanvas {

    public static final String DEFAULT_ID = "demand-chart";
    public static final String EMPLOYEES_COLOUR = "#1a73c9";
    public static final String COMPANIES_COLOUR = "#d9480f";

    public DemandChart() {
        super(DEFAULT_ID);
    }

    public DemandChart(HeatMap heatMap) {
        this();
        setHeatMap(heatMap);
    }

    public void setHeatMap(HeatMap heatMap) {
        setTotals(heatMap.totals(), getTranslation("survey.heatmap.companiesWithNeed"));
    }

    /**
     * Shows summed demand computed elsewhere (reporting's demand page): per area the employees concerned and the
     * companies with a need, named by {@code companiesLabel} (whose gap threshold may differ from the heat map's).
     */
    public void setTotals(List<HeatMap.AreaTotal> totals, String companiesLabel) {
        List<String> labels = totals.stream().map(t -> getTranslation(CompetenceAreas.messageKey(t.areaCode()))).toList();
        var config = horizontalBars(labels, List.of(
                        dataset(getTranslation("survey.heatmap.employees"),
                                totals.stream().map(HeatMap.AreaTotal::employeesConcerned).toList(), EMPLOYEES_COLOUR),
                        dataset(companiesLabel,
                                totals.stream().map(HeatMap.AreaTotal::companiesWithNeed).toList(), COMPANIES_COLOUR)),
                0, null, getTranslation("survey.heatmap.count"));
        var table = table(getTranslation("survey.heatmap.chart.caption"),
                List.of(getTranslation("survey.result.area"), getTranslation("survey.heatmap.employees"),
                        companiesLabel),
                IntStream.range(0, totals.size()).mapToObj(i -> List.of(labels.get(i),
                        String.valueOf(totals.get(i).employeesConcerned()),
                        String.valueOf(totals.get(i).companiesWithNeed()))).toList());
        HeatMap.AreaTotal top = totals.stream()
                .max(Comparator.comparingInt(HeatMap.AreaTotal::employeesConcerned)).orElse(null);
        String summary = top == null || top.employeesConcerned() == 0 ? getTranslation("survey.heatmap.chart.summaryNone")
                : getTranslation("survey.heatmap.chart.summary",
                getTranslation(CompetenceAreas.messageKey(top.areaCode())), top.employeesConcerned());
        show(config, summary, table, height(totals.size()));
    }
}
