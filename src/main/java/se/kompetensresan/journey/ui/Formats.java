package se.kompetensresan.journey.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times the way the journey views show them (ISO, in the server's zone). */
final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    static String date(Instant i) {
        return i == null ? "" : LocalDate.ofInstant(i, ZoneId.systemDefault()).toString();
    }

    static String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i.atZone(ZoneId.systemDefault()));
    }
}
