package se.kompetensresan.survey;

import se.kompetensresan.shared.ui.ChartCanvas;

import se.kompetensresan.shared.CompetenceAreas;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reusable before/after chart: per competence area the current level at kartläggning and at uppföljning, and
 * the required level at uppföljning. Accessible like {@link GapChart}: summary on the canvas (the average
 * improvement), all values in a visually hidden table. Default id {@value #DEFAULT_ID}; data in the attribute
 * {@code data-chart} as JSON.
 */
public class ComparisonChart extends ChartCanvas {

    public static final String DEFAULT_ID = "comparison-chart";
    public static final String BEFORE_COLOUR = "#8a96a3";
    public static final String AFTER_COLOUR = "#1a73c9";
    public static final String REQUIRED_COLOUR = "#f2a65a";

    private List<AreaComparison> areas = List.of();

    public ComparisonChart() {
        super(DEFAULT_ID);
    }

    public ComparisonChart(List<AreaComparison> areas) {
        this();
        setAreas(areas);
    }

    public List<AreaComparison> getAreas() {
        return areas;
    }

    public void setAreas(List<AreaComparison> areas) {
        this.areas = List.copyOf(areas);
        List<String> labels = this.areas.stream().map(a -> getTranslation(CompetenceAreas.messageKey(a.areaCode()))).toList();
        List<Integer> before = this.areas.stream().map(AreaComparison::currentBefore).toList();
        List<Integer> after = this.areas.stream().map(AreaComparison::currentAfter).toList();
        List<Integer> required = this.areas.stream().map(AreaComparison::requiredAfter).toList();
        var config = horizontalBars(labels, List.of(
                        dataset(getTranslation("survey.chart.before"), before, BEFORE_COLOUR),
                        dataset(getTranslation("survey.chart.after"), after, AFTER_COLOUR),
                        dataset(getTranslation("survey.chart.requiredAfter"), required, REQUIRED_COLOUR)),
                0, SurveyService.MAX_LEVEL, getTranslation("survey.chart.level"));

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < this.areas.size(); i++) {
            AreaComparison a = this.areas.get(i);
            rows.add(List.of(labels.get(i), text(a.currentBefore()), text(a.currentAfter()),
                    text(a.requiredAfter()), text(a.improvement())));
        }
        var table = table(getTranslation("survey.chart.comparison.caption"),
                List.of(getTranslation("survey.result.area"), getTranslation("survey.chart.before"),
                        getTranslation("survey.chart.after"), getTranslation("survey.chart.requiredAfter"),
                        getTranslation("survey.result.improvement")), rows);
        OptionalDouble avg = AreaComparison.averageImprovement(this.areas);
        String summary = avg.isPresent()
                ? getTranslation("survey.chart.comparison.summary", String.format(getLocale(), "%+.1f", avg.getAsDouble()))
                : getTranslation("survey.chart.comparison.summaryNone");
        show(config, summary, table, height(this.areas.size()));
    }

    /** Shows the project-level averages (kartläggning vs uppföljning over the companies with both rounds). */
    public void setAverages(ProjectComparison comparison) {
        this.areas = List.of();
        List<ProjectComparison.AreaAverage> a = comparison.areas();
        List<String> labels = a.stream().map(x -> getTranslation(CompetenceAreas.messageKey(x.areaCode()))).toList();
        var config = horizontalBars(labels, List.of(
                        dataset(getTranslation("survey.chart.before"), a.stream().map(x -> round(x.currentBefore())).toList(), BEFORE_COLOUR),
                        dataset(getTranslation("survey.chart.after"), a.stream().map(x -> round(x.currentAfter())).toList(), AFTER_COLOUR),
                        dataset(getTranslation("survey.chart.requiredAfter"), a.stream().map(x -> round(x.requiredAfter())).toList(), REQUIRED_COLOUR)),
                0, SurveyService.MAX_LEVEL, getTranslation("survey.chart.level"));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            ProjectComparison.AreaAverage x = a.get(i);
            rows.add(List.of(labels.get(i), fmt(x.currentBefore()), fmt(x.currentAfter()), fmt(x.requiredAfter()),
                    String.format(getLocale(), "%+.1f", x.improvement()), String.valueOf(x.companies())));
        }
        var table = table(getTranslation("survey.chart.comparison.caption"),
                List.of(getTranslation("survey.result.area"), getTranslation("survey.chart.before"),
                        getTranslation("survey.chart.after"), getTranslation("survey.chart.requiredAfter"),
                        getTranslation("survey.result.improvement"), getTranslation("survey.followup.companies")), rows);
        OptionalDouble avg = a.stream().mapToDouble(ProjectComparison.AreaAverage::improvement).average();
        String summary = avg.isPresent()
                ? getTranslation("survey.chart.comparison.summary", String.format(getLocale(), "%+.1f", avg.getAsDouble()))
                : getTranslation("survey.chart.comparison.summaryNone");
        show(config, summary, table, height(a.size()));
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private String fmt(double d) {
        return String.format(getLocale(), "%.1f", d);
    }
}
