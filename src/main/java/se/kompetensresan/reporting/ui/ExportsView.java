package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ExportFormat;
import se.kompetensresan.reporting.ExportJobs;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.AccessRefusedException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The funder's files for the dashboard's selection (project, delprojekt, county) and a period: the selection's own,
 * its quarter or one of its months. Each export runs in the background with a progress bar; the page stays usable
 * and offers the file when it is written. Managers and admins only (the service checks the project too).
 */
@Route("reports")
@Menu(order = 2, title = "reporting.menu.exports", icon = "vaadin:download")
@RolesAllowed({"ADMIN", "MANAGER"})
class ExportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final ExportJobs jobs;
    private final Paragraph scope = new Paragraph();
    private final Select<ReportFilter> period = new Select<>();
    private final Div list = new Div();
    private final List<Path> files = new ArrayList<>();
    private int running;

    ExportsView(DashboardService dashboards, ExportJobs jobs) {
        this.dashboards = dashboards;
        this.jobs = jobs;
        setId("reports");
        add(new H1(getTranslation("reporting.exports.title")), new Paragraph(getTranslation("reporting.exports.intro")));
        scope.setId("reports-scope");
        period.setId("reports-period");
        period.setLabel(getTranslation("reporting.exports.period"));
        period.setItemLabelGenerator(f -> f.from() + " – " + f.to());
        period.setWidth("22em");
        list.setWidthFull();
        add(scope, period, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ReportFilter f = FilterParams.filter(event.getLocation().getQueryParameters())
                .or(dashboards::defaultFilter).orElse(null);
        list.removeAll();
        if (f == null) {
            scope.setText(getTranslation("reporting.dashboard.noProject"));
            period.setVisible(false);
            return;
        }
        // the whole selection is checked now (a foreign project or delprojekt is refused before any file is offered)
        String name = dashboards.exportSelection(f);
        scope.setText(getTranslation("reporting.exports.scope", name));
        Map<String, ReportFilter> periods = new LinkedHashMap<>();
        periods.put(f.from() + "/" + f.to(), f);
        LocalDate qStart = LocalDate.of(f.from().getYear(), (f.from().get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        periods.putIfAbsent(qStart + "/q", f.withPeriod(qStart, qStart.plusMonths(3).minusDays(1)));
        for (int i = 0; i < 3; i++) {
            YearMonth m = YearMonth.from(qStart).plusMonths(i);
            periods.putIfAbsent(m.toString(), f.withPeriod(m.atDay(1), m.atEndOfMonth()));
        }
        period.setItems(new ArrayList<>(periods.values()));
        period.setValue(f);
        Anchor progress = new Anchor(FilterParams.href("reports/progress-report", f, Map.of()),
                getTranslation("reporting.exports.progressReport"));
        progress.setId("reports-progress-report");
        list.add(progress);
        for (ExportKind kind : ExportKind.values()) {
            list.add(row(kind));
        }
    }

    private Div row(ExportKind kind) {
        Div row = new Div();
        row.setId("export-" + kind.name());
        row.add(new H2(getTranslation("reporting.export." + kind.name())));
        row.add(new Paragraph(getTranslation("reporting.export." + kind.name() + ".about")));
        Div status = new Div();
        status.setId("export-" + kind.name() + "-status");
        FlexLayout buttons = new FlexLayout();
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (ExportFormat format : ExportFormat.values()) {
            Button b = new Button(getTranslation("reporting.exports.make", format.extension()), e -> start(kind, format, status));
            b.setId("export-" + kind.name() + "-" + format.extension());
            buttons.add(b);
        }
        row.add(buttons, status);
        return row;
    }

    private void start(ExportKind kind, ExportFormat format, Div status) {
        ReportFilter f = period.getValue();
        ExportJobs.Job job = jobs.start(f, kind, format);
        UI ui = UI.getCurrent();
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("export-" + kind.name() + "-progress");
        Span rows = new Span(getTranslation("reporting.exports.rows", 0));
        status.removeAll();
        status.add(bar, rows);
        running++;
        ui.setPollInterval(500);
        com.vaadin.flow.shared.Registration[] poll = new com.vaadin.flow.shared.Registration[1];
        poll[0] = ui.addPollListener(e -> rows.setText(getTranslation("reporting.exports.rows", job.rows().get())));
        job.result().whenComplete((file, error) -> ui.access(() -> {
            poll[0].remove();
            if (--running == 0) {
                ui.setPollInterval(-1);
            }
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

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        files.forEach(ExportJobsFiles::delete);
        files.clear();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.exports.title");
    }

    /** Deleting the temporary files of a closed page. */
    private static final class ExportJobsFiles {
        static void delete(Path p) {
            try {
                java.nio.file.Files.deleteIfExists(p);
            } catch (java.io.IOException ignored) {
                // a temporary file
            }
        }
    }
}
