package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ExportJobs;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.Geography;

import java.util.Optional;

/**
 * A reporting page over the dashboard's filters (project, delprojekt, county, period, from the address): its
 * {@code h1}, the filter bar, and below them the figures its service computes for the filter; managers and admins
 * also get the page's file to download.
 */
abstract class FilteredReportView<T> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final Div content = new Div();
    protected ReportFilter filter;
    private final DashboardService dashboards;
    private final ExportJobs jobs;
    private final CurrentUser currentUser;
    private final ReportFilterBar filters;
    private final String titleKey;

    FilteredReportView(String id, String titleKey, String route, DashboardService dashboards, ExportJobs jobs,
                       Geography geography, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.titleKey = titleKey;
        setId(id);
        filters = new ReportFilterBar(dashboards, geography, id, route);
        content.setId(id + "-content");
        content.setWidthFull();
        add(new H1(getTranslation(titleKey)), filters, content);
    }

    /** The page's figures for the filter (the service checks who may see them). */
    protected abstract T figures(ReportFilter f);

    /** Shows the figures in {@link #content}. */
    protected abstract void show(T figures);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReportFilter> f = FilterParams.filter(event.getLocation().getQueryParameters())
                .or(dashboards::defaultFilter);
        content.removeAll();
        if (f.isEmpty()) {
            content.add(new Paragraph(getTranslation("reporting.dashboard.noProject")));
            return;
        }
        filter = f.get();
        T figures = figures(filter);
        filters.show(filter);
        show(figures);
    }

    /** The file row of the page, for a manager or an admin. */
    protected void addExport(ExportKind kind) {
        if (currentUser.get().map(u -> u.is(Role.MANAGER) || u.is(Role.ADMIN)).orElse(false)) {
            content.add(new ExportRow(jobs, kind, () -> filter));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
