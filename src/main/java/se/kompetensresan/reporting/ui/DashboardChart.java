package se.kompetensresan.reporting.ui;

import se.kompetensresan.shared.ui.ChartCanvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard chart (Chart.js through {@link ChartCanvas}): vertical bars or lines per label. The chart repeats
 * what the visible table beside it says; its own hidden table and summary are for screen readers.
 */
class DashboardChart extends ChartCanvas {

    static final String WOMEN = "#b5179e";
    static final String MEN = "#1f6fb2";
    static final String WOMEN_LIGHT = "#e6a3d8";
    static final String MEN_LIGHT = "#9cc3e6";
    static final String PLAN = "#6c757d";

    /** One series of a chart: its label, values (one per label of the chart) and colour. */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    DashboardChart(String id) {
        super(id);
    }

    /** Draws grouped vertical bars ("bar") or lines ("line"), with the summary and the fallback table. */
    void draw(String type, String caption, String summary, List<String> labels, List<Series> series, String axisTitle) {
        List<Map<String, Object>> datasets = series.stream().map(s -> {
            Map<String, Object> d = dataset(s.label(), s.values(), s.colour());
            if ("line".equals(type)) {
                d.put("fill", false);
                d.put("tension", 0);
            }
            return d;
        }).toList();
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("beginAtZero", true);
        y.put("title", Map.of("display", true, "text", axisTitle));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("scales", Map.of("y", y));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        List<String> headers = new java.util.ArrayList<>();
        headers.add("");
        series.forEach(s -> headers.add(s.label()));
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new java.util.ArrayList<>();
            row.add(labels.get(i));
            for (Series s : series) {
                row.add(String.valueOf(s.values().get(i)));
            }
            rows.add(row);
        }
        show(config, summary, table(caption, headers, rows), "16em");
    }
}
