package se.kompetensresan.shared.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js chart on a {@code <canvas>}, without any npm build: Chart.js comes from the WebJar
 * (served at {@value #SCRIPT}) and is loaded once per page as a plain script; the chart configuration is
 * sent as JSON. The chart's data is also kept in the attribute {@code data-chart} (JSON: labels and datasets).
 * For screen readers the canvas carries a short summary as its aria-label and a visually hidden table holds
 * all values.
 */
public abstract class ChartCanvas extends Div {

    /** Relative to the page's base URL, which Vaadin sets to the application root. */
    public static final String SCRIPT = "webjars/chart.js/4.4.1/dist/chart.umd.js";
    public static final String DATA_ATTRIBUTE = "data-chart";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DRAW = """
            const canvas = $0;
            const config = JSON.parse($1);
            if (canvas.parentElement && canvas.parentElement.clientWidth < 600) {
              // narrow screens: long area names on two or more lines instead of clipped
              // (no dollar signs in this script: Vaadin reads them as parameters)
              const wrap = l => {
                if (typeof l !== 'string' || l.length <= 16) { return l; }
                const lines = [];
                let line = '';
                for (const word of l.split(' ')) {
                  if (line && (line + ' ' + word).length > 16) { lines.push(line); line = word; }
                  else { line = line ? line + ' ' + word : word; }
                }
                if (line) { lines.push(line); }
                return lines;
              };
              config.data.labels = config.data.labels.map(wrap);
            }
            if (!window.krChartJs) {
              window.krChartJs = new Promise((resolve, reject) => {
                if (window.Chart) { resolve(); return; }
                const s = document.createElement('script');
                s.src = $2;
                s.onload = () => resolve();
                s.onerror = () => { window.krChartJs = null; reject(new Error('Chart.js could not be loaded')); };
                document.head.appendChild(s);
              });
            }
            return window.krChartJs.then(() => {
              if (canvas.krChart) { canvas.krChart.destroy(); }
              canvas.krChart = new window.Chart(canvas, config);
            });
            """;

    private final Element canvas = new Element("canvas");
    private final Div frame = new Div();
    private final Div fallback = new Div();
    private String configJson;

    protected ChartCanvas(String id) {
        addClassName("kr-chart");
        frame.addClassName("kr-chart-frame");
        frame.getElement().appendChild(canvas);
        canvas.setAttribute("role", "img");
        fallback.addClassName("visually-hidden");
        add(frame, fallback);
        setId(id);
    }

    @Override
    public void setId(String id) {
        super.setId(id);
        canvas.setAttribute("id", id + "-canvas");
        fallback.setId(id + "-table");
    }

    /** The canvas element (for tests and for callers who want to style it). */
    public Element getCanvas() {
        return canvas;
    }

    /** The JSON of the chart's data (labels and datasets) as last drawn. */
    public String getChartData() {
        return getElement().getAttribute(DATA_ATTRIBUTE);
    }

    /**
     * Sets what the chart shows: the Chart.js configuration, the summary read out for the canvas, the fallback
     * table and the height of the drawing area; draws at once when attached.
     */
    protected void show(Map<String, Object> config, String summary, NativeTable table, String height) {
        try {
            configJson = JSON.writeValueAsString(config);
            getElement().setAttribute(DATA_ATTRIBUTE, JSON.writeValueAsString(config.get("data")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        canvas.setAttribute("aria-label", summary);
        frame.setHeight(height);
        fallback.removeAll();
        fallback.add(table);
        if (isAttached()) {
            draw();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (configJson != null) {
            draw();
        }
    }

    private void draw() {
        getElement().executeJs(DRAW, canvas, configJson, SCRIPT);
    }

    // --- helpers for the subclasses -------------------------------------------------------------------

    protected static Map<String, Object> dataset(String label, List<?> values, String colour) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", label);
        d.put("data", values);
        d.put("backgroundColor", colour);
        d.put("borderColor", colour);
        d.put("borderWidth", 1);
        return d;
    }

    /** A horizontal bar chart (one bar group per label), legend below, no animation. */
    protected static Map<String, Object> horizontalBars(List<String> labels, List<Map<String, Object>> datasets,
                                              Integer min, Integer max, String axisTitle) {
        Map<String, Object> axis = new LinkedHashMap<>();
        if (min != null) {
            axis.put("min", min);
        }
        if (max != null) {
            axis.put("max", max);
        }
        axis.put("ticks", Map.of("stepSize", 1, "precision", 0));
        axis.put("title", Map.of("display", true, "text", axisTitle));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", "y");
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        options.put("scales", Map.of("x", axis, "y", Map.of("ticks", Map.of("autoSkip", false))));
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        return config;
    }

    /** A table with a caption, one header row and the given rows of cell texts (first cell is a row header). */
    protected static NativeTable table(String caption, List<String> headers, List<List<String>> rows) {
        NativeTable t = new NativeTable();
        t.setCaptionText(caption);
        NativeTableRow head = t.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        var body = t.getBody();
        for (List<String> cells : rows) {
            NativeTableRow r = body.addRow();
            for (int i = 0; i < cells.size(); i++) {
                if (i == 0) {
                    r.addHeaderCell().setText(cells.get(i));
                } else {
                    r.addDataCell().setText(cells.get(i));
                }
            }
        }
        return t;
    }

    protected static String height(int bars) {
        return (4 + bars * 3) + "em";
    }

    protected static String text(Integer value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
