package se.kompetensresan.participant.ui;

import se.kompetensresan.shared.ui.CappedUpload;
import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import se.kompetensresan.participant.ImportParser;
import se.kompetensresan.participant.ImportReport;
import se.kompetensresan.participant.ImportRow;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.shared.UserMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Import from the HR system: paste the rows or upload a csv or xlsx file (name, personnummer, e-mail, start date).
 * Every valid row is added; the report lists each row with what happened to it.
 */
class ImportDialog extends Dialog {

    /** The largest participant list accepted as a file (about 20 000 rows of csv). */
    static final int MAX_FILE_BYTES = 5_000_000;

    private void tooBig() {
        Notices.error(getTranslation("participant.import.error.tooBig", MAX_FILE_BYTES / 1_000_000));
    }

    final TextArea text = new TextArea();
    final Grid<ImportReport.Line> report = new Grid<>();
    final Span summary = new Span();

    ImportDialog(long companyId, ParticipantService participants, Runnable done) {
        setId("participant-import-dialog");
        setHeaderTitle(getTranslation("participant.import.title"));
        setWidth("min(60em, 95vw)");
        Paragraph help = new Paragraph(getTranslation("participant.import.help"));
        text.setId("participant-import-text");
        text.setLabel(getTranslation("participant.import.paste"));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setPlaceholder("Anna Svensson;19850101-0025;anna@foretaget.se;2026-09-01");
        Upload upload = new Upload();
        upload.setId("participant-import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".txt", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(new CappedUpload(MAX_FILE_BYTES, (meta, data) -> ui.access(() -> {
            try (InputStream in = new java.io.ByteArrayInputStream(data)) {
                List<ImportRow> rows = meta.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                        ? ImportParser.parseXlsx(in) : ImportParser.parseCsv(in);
                run(companyId, participants, rows, done);
            } catch (UserMessageException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            } catch (IOException ex) {
                Notices.error(getTranslation("participant.import.error.unreadable"));
            }
        }), () -> ui.access(this::tooBig)));
        // the size is checked by the server (CappedUpload), which says so; the browser refuses a file of another type
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage()));
        report.setId("participant-import-report");
        report.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        report.addColumn(ImportReport.Line::line).setHeader(getTranslation("participant.import.line")).setAutoWidth(true);
        report.addColumn(l -> l.name() == null ? "" : l.name()).setHeader(getTranslation("participant.col.name")).setFlexGrow(1);
        report.addColumn(l -> l.added() ? getTranslation("participant.import.added")
                : getTranslation(l.messageKey(), l.args())).setHeader(getTranslation("participant.import.result")).setFlexGrow(2);
        report.setClassNameGenerator(l -> l.added() ? null : "error-row");
        report.setAllRowsVisible(true);
        report.setVisible(false);
        summary.setId("participant-import-summary");
        add(new VerticalLayout(help, text, upload, summary, report));
        Button importText = new Button(getTranslation("participant.import.submit"), e -> {
            try {
                run(companyId, participants, ImportParser.parseText(text.getValue()), done);
            } catch (UserMessageException ex) {
                Notices.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        importText.setId("participant-import-submit");
        importText.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("participant.close"), e -> close());
        close.setId("participant-import-close");
        getFooter().add(close, importText);
    }

    private void run(long companyId, ParticipantService participants, List<ImportRow> rows, Runnable done) {
        if (rows.isEmpty()) {
            Notices.error(getTranslation("participant.import.error.empty"));
            return;
        }
        ImportReport r = participants.importRows(companyId, rows);
        report.setItems(r.lines());
        report.setVisible(true);
        summary.setText(getTranslation("participant.import.summary", r.added(), r.refused()));
        if (r.added() > 0) {
            text.clear();
            done.run();
        }
    }
}
