package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.Demand;
import se.kompetensresan.reporting.EffectService;
import se.kompetensresan.reporting.ExportJobs;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.survey.DemandChart;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Optional;

import static se.kompetensresan.reporting.ui.ReportTables.row;
import static se.kompetensresan.reporting.ui.ReportTables.table;

/**
 * Behov och upphandling: from the kartläggningar of the selection (project, delprojekt, county; submitted by the end
 * of the period) per competence area the companies with a gap and the employees it concerns, the procurement rule's
 * proposal (its thresholds shown), what the approved plans already plan, and who is in training in the area, by
 * gender. The chart (survey's demand chart) repeats the table. Managers and admins download the förteckning över
 * planerade inköp.
 */
@Route("dashboard/demand")
@Menu(order = 1.2, title = "reporting.menu.demand", icon = "vaadin:cart")
@RolesAllowed({"ADMIN", "MANAGER", "COACH"})
class DemandView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final EffectService effects;
    private final ExportJobs jobs;
    private final CurrentUser currentUser;
    private final ReportFilterBar filters;
    private final Div content = new Div();
    private ReportFilter filter;

    DemandView(DashboardService dashboards, EffectService effects, ExportJobs jobs, Geography geography,
               CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.effects = effects;
        this.jobs = jobs;
        this.currentUser = currentUser;
        setId("demand");
        filters = new ReportFilterBar(dashboards, geography, "demand", "dashboard/demand");
        content.setId("demand-content");
        content.setWidthFull();
        add(new H1(getTranslation("reporting.demand.title")), filters, content);
    }

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
        Demand d = effects.demand(filter);
        filters.show(filter);
        show(d);
    }

    private void show(Demand d) {
        Paragraph scope = new Paragraph(getTranslation("reporting.demand.scope", d.projectName(),
                d.caseNumber() == null ? "–" : d.caseNumber(), filter.to(), d.companies()));
        scope.setId("demand-scope");
        Paragraph rule = new Paragraph(getTranslation("reporting.demand.rule", d.rule().minCompanies(), d.rule().minGap()));
        rule.setId("demand-rule");
        content.add(scope, rule);
        content.add(new H2(getTranslation("reporting.demand.byArea")));
        String withNeed = getTranslation("reporting.demand.companiesWithNeed", d.rule().minGap());
        NativeTable t = table("demand-areas", getTranslation("reporting.demand.byArea.caption"),
                getTranslation("reporting.effect.area"), getTranslation("reporting.demand.companiesWithGap"), withNeed,
                getTranslation("reporting.demand.employees"), getTranslation("reporting.demand.proposal"),
                getTranslation("reporting.demand.planned"), getTranslation("reporting.demand.plannedParticipants"),
                getTranslation("reporting.demand.estimatedCost"), getTranslation("reporting.effect.participantsWomen"),
                getTranslation("reporting.effect.participantsMen"));
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        for (Demand.AreaDemand a : d.areas()) {
            Span proposal = new Span(getTranslation("reporting.demand.proposal." + a.proposal().name()));
            proposal.setId("demand-proposal-" + a.areaCode());
            row(t, getTranslation(CompetenceAreas.messageKey(a.areaCode())), new Span(integer.format(a.companiesWithGap())),
                    new Span(integer.format(a.companiesWithNeed())), new Span(integer.format(a.employeesConcerned())),
                    proposal, new Span(integer.format(a.plannedActivities())),
                    new Span(integer.format(a.plannedParticipants())),
                    new Span(integer.format(a.estimatedCost().setScale(0, RoundingMode.HALF_UP)) + " kr"),
                    new Span(getTranslation("reporting.count.women", a.participants().women())),
                    new Span(getTranslation("reporting.count.men", a.participants().men())));
        }
        content.add(t);
        content.add(new Paragraph(getTranslation("reporting.demand.employeesNote")));
        DemandChart chart = new DemandChart();
        chart.setId("demand-chart");
        chart.setTotals(d.areas().stream().map(Demand.AreaDemand::total).toList(), withNeed);
        content.add(chart);
        if (currentUser.get().map(u -> u.is(Role.MANAGER) || u.is(Role.ADMIN)).orElse(false)) {
            content.add(new ExportRow(jobs, ExportKind.PLANNED_PURCHASES, () -> filter));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.demand.title");
    }
}
