package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ReportCompany;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.AccessRefusedException;

import java.util.List;

/** The enrolled companies behind a dashboard figure (all, or those in one phase), each linked to its page. */
@Route("dashboard/companies")
@RolesAllowed({"ADMIN", "MANAGER", "COACH"})
class ReportCompaniesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final Paragraph what = new Paragraph();
    private final Grid<ReportCompany> grid = new Grid<>();
    private final Anchor back = new Anchor();

    ReportCompaniesView(DashboardService dashboards) {
        this.dashboards = dashboards;
        setId("report-companies");
        setSizeFull();
        back.setId("report-companies-back");
        back.setText(getTranslation("reporting.list.back"));
        what.setId("report-companies-count");
        grid.setId("report-companies-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(c -> new Anchor("companies/" + c.id(), c.name()))
                .setHeader(getTranslation("reporting.list.company")).setFlexGrow(2);
        grid.addColumn(ReportCompany::organisationNumber).setHeader(getTranslation("reporting.list.orgnr")).setAutoWidth(true);
        grid.addColumn(ReportCompany::caseNumber).setHeader(getTranslation("reporting.list.case")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("reporting.phase." + c.phase().name())).setHeader(getTranslation("reporting.companies.phase")).setAutoWidth(true);
        add(back, new H1(getTranslation("reporting.list.companies")), what, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        ReportFilter f = FilterParams.filter(q).orElseThrow(() -> new AccessRefusedException("company list without a filter"));
        JourneyPhase phase = FilterParams.phase(q);
        List<ReportCompany> list = dashboards.companies(f, phase);
        back.setHref(FilterParams.href("dashboard", f, java.util.Map.of()));
        what.setText(getTranslation("reporting.list.companiesCount", list.size(),
                phase == null ? getTranslation("reporting.phase.ALL") : getTranslation("reporting.phase." + phase.name()), f.to()));
        grid.setItems(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.list.companies");
    }
}
