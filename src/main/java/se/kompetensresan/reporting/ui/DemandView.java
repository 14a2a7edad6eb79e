package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.survey.DemandChart;

import java.math.RoundingMode;
import java.text.NumberFormat;

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
class DemandView extends FilteredReportView<Demand> {

    private final EffectService effects;

    DemandView(DashboardService dashboards, EffectService effects, ExportJobs jobs, Geography geography,
               CurrentUser currentUser) {
        super("demand", "reporting.demand.title", "dashboard/demand", dashboards, jobs, geography, currentUser);
        this.effects = effects;
    }

    @Override
    protected Demand figures(ReportFilter f) {
        return effects.demand(f);
    }

    @Override
    protected void show(Demand d) {
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
                getTranslation("reporting.demand.estimatedCost"), getTranslation("reporting.demand.participantsInTraining"));
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        for (Demand.AreaDemand a : d.areas()) {
            Span proposal = new Span(getTranslation("reporting.demand.proposal." + a.proposal().name()));
            proposal.setId("demand-proposal-" + a.areaCode());
            row(t, getTranslation(CompetenceAreas.messageKey(a.areaCode())), new Span(integer.format(a.companiesWithGap())),
                    new Span(integer.format(a.companiesWithNeed())), new Span(integer.format(a.employeesConcerned())),
                    proposal, new Span(integer.format(a.plannedActivities())),
                    new Span(integer.format(a.plannedParticipants())),
                    new Span(getTranslation("reporting.progress.kr",
                            integer.format(a.estimatedCost().setScale(0, RoundingMode.HALF_UP)))),
                    // women and men in one column: with one each the table's ten columns did not fit 1280 px
                    new Span(getTranslation("reporting.demand.participantsByGender",
                            getTranslation("reporting.count.women", a.participants().women()),
                            getTranslation("reporting.count.men", a.participants().men()))));
        }
        content.add(t);
        content.add(new Paragraph(getTranslation("reporting.demand.employeesNote")));
        DemandChart chart = new DemandChart();
        chart.setId("demand-chart");
        chart.setTotals(d.areas().stream().map(Demand.AreaDemand::total).toList(), withNeed);
        content.add(chart);
        addExport(ExportKind.PLANNED_PURCHASES);
    }
}
