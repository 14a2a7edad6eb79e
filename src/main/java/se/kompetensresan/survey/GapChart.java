package se.kompetensresan.survey;

import se.kompetensresan.shared.ui.ChartCanvas;

import se.kompetensresan.shared.CompetenceAreas;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reusable chart of a kartläggning: per competence area a bar for nuläge (current level), one for behov
 * (required level) and one for the gap, area names in the user's language. Accessible: the canvas carries a
 * summary naming the largest gaps, and a visually hidden table holds all values. Default id
 * {@value #DEFAULT_ID} (canvas {@code <id>-canvas}, table {@code <id>-table}); the data is in the attribute
 * {@code data-chart} as JSON ({@code labels}, {@code datasets[].data}).
 */
public class GapChart extends ChartCanvas {

    public static final String DEFAULT_ID = "gap-chart";
    public static final String CURRENT_COLOUR = "#1a73c9";
    public static final String REQUIRED_COLOUR = "#8a96a3";
    public static final String GAP_COLOUR = "#d9480f";

    private List<AreaGap> areas = List.of();

    /** An empty chart; fill it with {@link #setAreas(List)}. */
    public GapChart() {
        super(DEFAULT_ID);
    }

    /** The chart of a score (areas in the score's order: largest gap first). */
    public GapChart(SurveyScore score) {
        this(score.areas());
    }

    /** The chart of these areas, in the given order. */
    public GapChart(List<AreaGap> areas) {
        this();
        setAreas(areas);
    }

    public List<AreaGap> getAreas() {
        return areas;
    }

    public void setScore(SurveyScore score) {
        setAreas(score.areas());
    }

    public void setAreas(List<AreaGap> areas) {
        this.areas = List.copyOf(areas);
        List<String> labels = this.areas.stream().map(a -> getTranslation(CompetenceAreas.messageKey(a.areaCode()))).toList();
        List<Integer> current = this.areas.stream().map(AreaGap::currentLevel).toList();
        List<Integer> required = this.areas.stream().map(AreaGap::requiredLevel).toList();
        List<Integer> gaps = this.areas.stream().map(AreaGap::gap).toList();
        int min = Math.min(0, gaps.stream().mapToInt(Integer::intValue).min().orElse(0));
        var config = horizontalBars(labels, List.of(
                        dataset(getTranslation("survey.chart.current"), current, CURRENT_COLOUR),
                        dataset(getTranslation("survey.chart.required"), required, REQUIRED_COLOUR),
                        dataset(getTranslation("survey.chart.gap"), gaps, GAP_COLOUR)),
                min, SurveyService.MAX_LEVEL, getTranslation("survey.chart.level"));

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < this.areas.size(); i++) {
            AreaGap a = this.areas.get(i);
            rows.add(List.of(labels.get(i), text(a.currentLevel()), text(a.requiredLevel()), text(a.gap()),
                    text(a.employeesConcerned())));
        }
        var table = table(getTranslation("survey.chart.gap.caption"),
                List.of(getTranslation("survey.result.area"), getTranslation("survey.chart.current"),
                        getTranslation("survey.chart.required"), getTranslation("survey.chart.gap"),
                        getTranslation("survey.result.employees")), rows);

        String largest = this.areas.stream().filter(a -> a.gap() > 0)
                .sorted((x, y) -> Integer.compare(y.gap(), x.gap())).limit(3)
                .map(a -> getTranslation("survey.chart.gap.item",
                        getTranslation(CompetenceAreas.messageKey(a.areaCode())), a.gap()))
                .collect(Collectors.joining(", "));
        String summary = largest.isEmpty() ? getTranslation("survey.chart.gap.summaryNone")
                : getTranslation("survey.chart.gap.summary", largest);
        show(config, summary, table, height(this.areas.size()));
    }
}
