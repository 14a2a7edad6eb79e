package se.kompetensresan.shared.ui;

import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, times and shares the way every view shows them: short, in the UI's language, in the server's zone. */
public final class Formats {

    private Formats() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.forLanguageTag("sv") : ui.getLocale();
    }

    public static String date(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale())
                .format(i.atZone(ZoneId.systemDefault()));
    }

    public static String dateTime(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale())
                .format(i.atZone(ZoneId.systemDefault()));
    }

    /** A percentage with at most one decimal in the UI's language ("3,7 %" on a Swedish page, "3.7 %" in English). */
    public static String percent(java.math.BigDecimal value) {
        if (value == null) {
            return "";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        return f.format(value) + "\u00a0%";
    }
}
