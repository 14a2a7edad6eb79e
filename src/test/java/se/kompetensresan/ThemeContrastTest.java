package se.kompetensresan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 contrast of the theme's own colours, read from the CSS in {@code frontend/themes/kompetensresan}: the
 * focus ring and the border of unchecked radio buttons and checkboxes need 3:1 (1.4.11) against the page and the
 * tinted cards; the numbers in the heat map's cells need 4.5:1 (1.4.3) against their cell colour.
 */
class ThemeContrastTest {

    private static final Path THEME = Path.of("frontend", "themes", "kompetensresan");
    private static final double[] WHITE = {255, 255, 255};
    /** Lumo's --lumo-contrast-5pct (hsla(214, 45%, 20%, 0.05)) over white: the tinted cards and totals. */
    private static final double[] TINT = over(hsl(214, 45, 20), 0.05, WHITE);

    @Test
    void theFocusRingReachesThreeToOneOnThePageAndOnCards() throws IOException {
        String styles = css("styles.css");
        assertThat(styles).contains("--vaadin-focus-ring-color: var(--kr-focus-ring)");
        double[] ring = color(property(styles, "--kr-focus-ring"));
        assertThat(ratio(ring, WHITE)).as("focus ring on white").isGreaterThanOrEqualTo(3.0);
        assertThat(ratio(ring, TINT)).as("focus ring on a tinted card").isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void uncheckedRadioButtonsAndCheckboxesHaveABorderOfThreeToOne() throws IOException {
        String styles = css("styles.css");
        assertThat(styles).contains("vaadin-radio-button:not([checked]):not([disabled])::part(radio)")
                .contains("inset 0 0 0 2px var(--kr-control-border)");
        double[] border = color(property(styles, "--kr-control-border"));
        assertThat(ratio(border, WHITE)).as("radio border on white").isGreaterThanOrEqualTo(3.0);
        assertThat(ratio(border, TINT)).as("radio border on a tinted card").isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theHeatMapNumbersReachFourAndAHalfToOneOnEveryCellColour() throws IOException {
        String survey = css("survey.css");
        for (int gap = 0; gap <= 3; gap++) {
            Matcher m = Pattern.compile("\\.heat-" + gap + "\\s*\\{\\s*background:\\s*([^;]+);\\s*color:\\s*([^;]+);")
                    .matcher(survey);
            assertThat(m.find()).as(".heat-" + gap + " with background and color").isTrue();
            double r = ratio(color(m.group(1)), color(m.group(2)));
            assertThat(r).as("heat-map cell %d: %s on %s", gap, m.group(2), m.group(1)).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theRatioIsComputedAsWcagDefinesIt() {
        assertThat(ratio(color("#000"), WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        // the cell colour the audit measured: white on #2f9e44 is 3.45:1
        assertThat(ratio(color("#2f9e44"), color("#fff"))).isCloseTo(3.45, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio(color("hsl(214, 80%, 38%)"), WHITE)).isGreaterThan(6.5);
    }

    // --- colours ---------------------------------------------------------------------------------

    private static String css(String file) throws IOException {
        return Files.readString(THEME.resolve(file));
    }

    private static String property(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*([^;]+);").matcher(css);
        assertThat(m.find()).as(name + " in the theme").isTrue();
        return m.group(1).strip();
    }

    /** #rgb, #rrggbb, hsl(h, s%, l%); the keyword white. */
    static double[] color(String css) {
        String c = css.strip().toLowerCase(Locale.ROOT);
        if (c.equals("white")) {
            return WHITE;
        }
        if (c.startsWith("#")) {
            String h = c.substring(1);
            if (h.length() == 3) {
                h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
            }
            return new double[]{Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
                    Integer.parseInt(h.substring(4, 6), 16)};
        }
        Matcher m = Pattern.compile("hsl\\(\\s*([\\d.]+)\\s*,\\s*([\\d.]+)%\\s*,\\s*([\\d.]+)%\\s*\\)").matcher(c);
        if (m.matches()) {
            return hsl(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)));
        }
        throw new IllegalArgumentException("not a colour this test reads: " + css);
    }

    private static double[] hsl(double h, double s, double l) {
        double sat = s / 100, light = l / 100;
        double c = (1 - Math.abs(2 * light - 1)) * sat;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = light - c / 2;
        double[] rgb = h < 60 ? new double[]{c, x, 0} : h < 120 ? new double[]{x, c, 0} : h < 180 ? new double[]{0, c, x}
                : h < 240 ? new double[]{0, x, c} : h < 300 ? new double[]{x, 0, c} : new double[]{c, 0, x};
        return new double[]{(rgb[0] + m) * 255, (rgb[1] + m) * 255, (rgb[2] + m) * 255};
    }

    private static double[] over(double[] color, double alpha, double[] background) {
        return new double[]{color[0] * alpha + background[0] * (1 - alpha), color[1] * alpha + background[1] * (1 - alpha),
                color[2] * alpha + background[2] * (1 - alpha)};
    }

    private static double luminance(double[] rgb) {
        double[] l = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            l[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }

    /** The WCAG 2.1 contrast ratio, 1 to 21. */
    static double ratio(double[] a, double[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
