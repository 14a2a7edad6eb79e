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
            list.add(new ExportRow(jobs, kind, period::getValue));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.exports.title");
    }
}
