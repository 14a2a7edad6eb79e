package se.kompetensresan.reporting;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * One table of an export, written row by row and never held in memory: xlsx through POI's streaming
 * {@link SXSSFWorkbook} (100 rows in memory, the rest flushed to a temporary file), csv through commons-csv.
 * Text that a spreadsheet would read as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe in both formats, so that it comes back as the text it was.
 */
abstract class TableWriter implements AutoCloseable {

    static TableWriter of(ExportFormat format, OutputStream out, String sheetName) {
        return format == ExportFormat.XLSX ? new Xlsx(out, sheetName) : new Csv(out);
    }

    /** The text as a spreadsheet shows it; formula-like text is escaped (OWASP's CSV injection advice). */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    abstract void header(List<String> names);

    /** A row of String, Number (Integer, Long, BigDecimal), LocalDate or null cells. */
    abstract void row(List<?> cells);

    @Override
    public abstract void close();

    private static final class Xlsx extends TableWriter {
        private final SXSSFWorkbook book = new SXSSFWorkbook(100);
        private final OutputStream out;
        private final Sheet sheet;
        private final CellStyle bold;
        private int next;

        Xlsx(OutputStream out, String sheetName) {
            this.out = out;
            book.setCompressTempFiles(true);
            sheet = book.createSheet(sheetName);
            bold = book.createCellStyle();
            Font f = book.createFont();
            f.setBold(true);
            bold.setFont(f);
        }

        @Override
        void header(List<String> names) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < names.size(); i++) {
                Cell c = r.createCell(i);
                c.setCellValue(names.get(i));
                c.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        void row(List<?> cells) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                if (v instanceof BigDecimal b) {
                    c.setCellValue(b.doubleValue());
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d.toString());
                } else {
                    c.setCellValue(safe(v.toString()));
                }
            }
        }

        @Override
        public void close() {
            try {
                book.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                book.dispose();
                try {
                    book.close();
                } catch (IOException ignored) {
                    // the temporary files are already gone
                }
            }
        }
    }

    private static final class Csv extends TableWriter {
        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\ufeff');
                printer = new CSVPrinter(w, CSVFormat.EXCEL.builder().setDelimiter(';').get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void header(List<String> names) {
            print(names);
        }

        @Override
        void row(List<?> cells) {
            print(cells.stream().map(v -> v == null ? ""
                    : v instanceof BigDecimal b ? b.toPlainString().replace('.', ',')
                    : v instanceof Number || v instanceof LocalDate ? v.toString() : safe(v.toString())).toList());
        }

        private void print(List<String> values) {
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
