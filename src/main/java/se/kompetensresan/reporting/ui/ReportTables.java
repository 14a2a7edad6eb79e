package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import java.text.NumberFormat;
import java.util.Locale;

/** The reporting pages' visible tables (a caption, a header row, a header cell per row) and links with ids. */
final class ReportTables {

    private ReportTables() {
    }

    static NativeTable table(String id, String caption, String... headers) {
        NativeTable t = new NativeTable();
        t.setId(id);
        t.addClassName("kr-report-table");
        // a table wider than its box scrolls inside it (styles.css): reachable by keyboard to scroll it
        t.getElement().setAttribute("tabindex", "0");
        t.setCaptionText(caption);
        NativeTableRow head = t.getHead().addRow();
        for (String h : headers) {
            head.addHeaderCell().setText(h);
        }
        return t;
    }

    static void row(NativeTable t, String header, Component... cells) {
        NativeTableRow r = t.getBody().addRow();
        r.addHeaderCell().setText(header);
        for (Component c : cells) {
            r.addDataCell().add(c);
        }
    }

    /** A row of plain texts after its header cell. */
    static void textRow(NativeTable t, String header, String... cells) {
        Component[] spans = new Component[cells.length];
        for (int i = 0; i < cells.length; i++) {
            spans[i] = new Span(cells[i]);
        }
        row(t, header, spans);
    }

    static Anchor link(String id, String href, String text) {
        Anchor a = new Anchor(href, text);
        a.setId(id);
        return a;
    }

    /** A number with the given decimals in the locale, e.g. "2,50" or "+0,5". */
    static String decimal(Locale locale, double v, int decimals, boolean signed) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        String s = f.format(v);
        return signed && v > 0 ? "+" + s : s;
    }
}
