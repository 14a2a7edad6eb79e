package se.kompetensresan.participant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.kompetensresan.shared.UserMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the HR system's list: pasted text or a csv file (separator ; , or tab, detected from the first line) or the
 * first sheet of an xlsx file. Columns in this order: name, personnummer, e-mail, start date (YYYY-MM-DD, optional).
 * A first row whose first cell reads "namn" or "name" is a header and skipped; empty rows are skipped. At most
 * {@link #MAX_ROWS} rows.
 */
public final class ImportParser {

    public static final int MAX_ROWS = 2000;

    private ImportParser() {
    }

    public static List<ImportRow> parseText(String text) {
        // cells are kept as typed (the services trim blanks): CSV's own trim would also cut control characters
        // at either end of a cell, and a line break inside a quoted cell is part of it
        String t = text == null ? "" : text;
        String first = t.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char sep = first.contains("\t") ? '\t' : first.contains(";") ? ';' : ',';
        List<ImportRow> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(sep).setTrim(false).setIgnoreEmptyLines(true)
                    .get().parse(new StringReader(t))) {
                add(rows, (int) r.getRecordNumber(), cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UserMessageException("participant.import.error.unreadable");
        }
        return rows;
    }

    public static List<ImportRow> parseCsv(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(5_000_000);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parseText(text);
    }

    public static List<ImportRow> parseXlsx(InputStream in) {
        List<ImportRow> rows = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row r : sheet) {
                add(rows, r.getRowNum() + 1, text(r.getCell(0), fmt), text(r.getCell(1), fmt), text(r.getCell(2), fmt),
                        date(r.getCell(3), fmt));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserMessageException u) {
                throw u;
            }
            throw new UserMessageException("participant.import.error.unreadable");
        }
        return rows;
    }

    private static void add(List<ImportRow> rows, int line, String name, String pnr, String email, String start) {
        boolean empty = blank(name) && blank(pnr) && blank(email) && blank(start);
        boolean header = rows.isEmpty() && name != null
                && (name.strip().equalsIgnoreCase("namn") || name.strip().equalsIgnoreCase("name"));
        if (empty || header) {
            return;
        }
        if (rows.size() >= MAX_ROWS) {
            throw new UserMessageException("participant.import.error.tooMany", MAX_ROWS);
        }
        rows.add(new ImportRow(line, name, pnr, email, start));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cell(CSVRecord r, int i) {
        return i < r.size() ? r.get(i) : null;
    }

    private static String text(Cell c, DataFormatter fmt) {
        return c == null ? null : fmt.formatCellValue(c).strip();
    }

    private static String date(Cell c, DataFormatter fmt) {
        if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return text(c, fmt);
    }
}
