package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.UI;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times the way the journey views show them: short, in the UI's language, in the server's zone. */
final class Formats {

    private Formats() {
    }

    static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.forLanguageTag("sv") : ui.getLocale();
    }

    static String date(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale())
                .format(i.atZone(ZoneId.systemDefault()));
    }

    static String dateTime(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale())
                .format(i.atZone(ZoneId.systemDefault()));
    }
}
