package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import se.kompetensresan.reporting.ExportFormat;
import se.kompetensresan.reporting.ExportJobs;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.AccessRefusedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One file of the funder's (a section: its name as {@code h2}, what it holds, a button per format): the export runs
 * in the background ({@link ExportJobs}) with a progress bar while the page stays usable, then offers the file. The
 * page polls while any export of the UI runs; the temporary files go when the row leaves the page. Ids
 * {@code export-<KIND>}, {@code export-<KIND>-<ext>} and {@code export-<KIND>-<ext>-download}. The Deltagarförteckning
 * first asks the user to confirm who they are ({@code StepUpDialog}) unless they did within five minutes.
 */
class ExportRow extends Div {

    private static final String RUNNING = "kr-exports-running";

    private final ExportJobs jobs;
    private final ExportKind kind;
    private final Supplier<ReportFilter> filter;
    private final Div status = new Div();
    private final List<Path> files = new ArrayList<>();

    ExportRow(ExportJobs jobs, ExportKind kind, Supplier<ReportFilter> filter) {
        this.jobs = jobs;
        this.kind = kind;
        this.filter = filter;
        setId("export-" + kind.name());
        add(new H2(getTranslation("reporting.export." + kind.name())));
        add(new Paragraph(getTranslation("reporting.export." + kind.name() + ".about")));
        status.setId("export-" + kind.name() + "-status");
        FlexLayout buttons = new FlexLayout();
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (ExportFormat format : ExportFormat.values()) {
            Button b = new Button(getTranslation("reporting.exports.make", format.extension()), e -> se.kompetensresan.security.StepUpDialog.run(() -> start(format)));
            b.setId("export-" + kind.name() + "-" + format.extension());
            buttons.add(b);
        }
        add(buttons, status);
    }

    private void start(ExportFormat format) {
        ExportJobs.Job job = jobs.start(filter.get(), kind, format);
        UI ui = UI.getCurrent();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("export-" + kind.name() + "-progress");
        Span rows = new Span(getTranslation("reporting.exports.rows", 0));
        status.removeAll();
        status.add(bar, rows);
        running(ui, +1);
        Registration poll = ui.addPollListener(e -> rows.setText(getTranslation("reporting.exports.rows", job.rows().get())));
        job.result().whenComplete((file, error) -> ui.access(() -> {
            poll.remove();
            running(ui, -1);
            status.removeAll();
            if (error != null) {
                Span failed = new Span(getTranslation(error.getCause() instanceof AccessRefusedException
                        ? "reporting.exports.refused" : "reporting.exports.failed"));
                failed.setId("export-" + kind.name() + "-failed");
                status.add(failed);
                return;
            }
            files.add(file);
            Anchor download = new Anchor(DownloadHandler.forFile(file.toFile(), job.fileName()),
                    getTranslation("reporting.exports.download", job.fileName(), job.rows().get()));
            download.setId("export-" + kind.name() + "-" + format.extension() + "-download");
            status.add(download);
        }));
    }

    /** Counts the UI's running exports; polls while there is one. */
    private static void running(UI ui, int delta) {
        Integer n = ComponentUtil.getData(ui, RUNNING) instanceof Integer i ? i : 0;
        n += delta;
        ComponentUtil.setData(ui, RUNNING, n);
        ui.setPollInterval(n > 0 ? 500 : -1);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        for (Path p : files) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the operating system cleans up
            }
        }
        files.clear();
        super.onDetach(detachEvent);
    }
}
