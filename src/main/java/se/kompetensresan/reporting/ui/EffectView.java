package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.Effect;
import se.kompetensresan.reporting.EffectService;
import se.kompetensresan.reporting.ExportJobs;
import se.kompetensresan.reporting.ExportKind;
import se.kompetensresan.reporting.GapClosure;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.survey.ComparisonChart;

import java.util.List;

import static se.kompetensresan.reporting.ui.ReportTables.decimal;
import static se.kompetensresan.reporting.ui.ReportTables.table;
import static se.kompetensresan.reporting.ui.ReportTables.textRow;

/**
 * Effektmätning: for the selection (project, delprojekt, county; follow-ups submitted by the end of the period) the
 * competence change per area, the share of companies with stegförflyttning, the gap closed in the areas the plans
 * targeted against the others, and the same per delprojekt, county and company. The chart (survey's before/after
 * chart) repeats the first table. Managers and admins download the file; coaches see their delprojekt.
 */
@Route("dashboard/effect")
@Menu(order = 1.1, title = "reporting.menu.effect", icon = "vaadin:trending-up")
@RolesAllowed({"ADMIN", "MANAGER", "COACH"})
class EffectView extends FilteredReportView<Effect> {

    private final EffectService effects;

    EffectView(DashboardService dashboards, EffectService effects, ExportJobs jobs, Geography geography,
               CurrentUser currentUser) {
        super("effect", "reporting.effect.title", "dashboard/effect", dashboards, jobs, geography, currentUser);
        this.effects = effects;
    }

    @Override
    protected Effect figures(ReportFilter f) {
        return effects.effect(f);
    }

    @Override
    protected void show(Effect e) {
        Paragraph scope = new Paragraph(getTranslation("reporting.effect.scope", e.projectName(),
                e.caseNumber() == null ? "–" : e.caseNumber(), filter.to(), e.companies(), e.companiesStepped(),
                pct(e.companiesSteppedPercent())));
        scope.setId("effect-scope");
        content.add(scope, new Paragraph(getTranslation("reporting.effect.about")));
        areas(e);
        plan(e);
        groups("effect-subprojects", "reporting.effect.bySubproject", "reporting.filter.subproject", e.bySubproject());
        groups("effect-counties", "reporting.effect.byCounty", "reporting.filter.county", e.byCounty());
        companies(e);
        addExport(ExportKind.EFFECT);
    }

    private void areas(Effect e) {
        content.add(new H2(getTranslation("reporting.effect.byArea")));
        if (e.areas().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("reporting.effect.none"));
            none.setId("effect-none");
            content.add(none);
            return;
        }
        NativeTable t = table("effect-areas", getTranslation("reporting.effect.byArea.caption"),
                getTranslation("reporting.effect.area"), getTranslation("reporting.effect.companies"),
                getTranslation("reporting.effect.before"), getTranslation("reporting.effect.after"),
                getTranslation("reporting.effect.change"), getTranslation("reporting.effect.stepped"),
                getTranslation("reporting.effect.closedTargeted"), getTranslation("reporting.effect.closedOther"),
                getTranslation("reporting.effect.participantsWomen"), getTranslation("reporting.effect.participantsMen"));
        for (Effect.AreaEffect a : e.areas()) {
            textRow(t, getTranslation(CompetenceAreas.messageKey(a.areaCode())), String.valueOf(a.companies()),
                    decimal(getLocale(), a.averageBefore(), 2, false), decimal(getLocale(), a.averageAfter(), 2, false),
                    decimal(getLocale(), a.averageChange(), 2, true),
                    getTranslation("reporting.effect.steppedValue", a.stepped(), pct(a.steppedPercent())),
                    closed(a.targeted()), closed(a.other()), getTranslation("reporting.count.women", a.participants().women()),
                    getTranslation("reporting.count.men", a.participants().men()));
        }
        content.add(t);
        ComparisonChart chart = new ComparisonChart();
        chart.setId("effect-chart");
        chart.setAverages(e.comparison());
        content.add(chart);
    }

    private void plan(Effect e) {
        content.add(new H2(getTranslation("reporting.effect.plan")));
        NativeTable t = table("effect-plan", getTranslation("reporting.effect.plan.caption"), "",
                getTranslation("reporting.effect.answers"), getTranslation("reporting.effect.gapBefore"),
                getTranslation("reporting.effect.gapAfter"), getTranslation("reporting.effect.closed"),
                getTranslation("reporting.effect.closedPercent"));
        planRow(t, "reporting.effect.targeted", e.targeted());
        planRow(t, "reporting.effect.other", e.other());
        content.add(t);
    }

    private void planRow(NativeTable t, String key, GapClosure g) {
        textRow(t, getTranslation(key), String.valueOf(g.answers()), String.valueOf(g.gapBefore()),
                String.valueOf(g.gapAfter()), String.valueOf(g.closed()),
                g.closedPercent() == null ? "–" : pct(g.closedPercent()));
    }

    private void groups(String id, String titleKey, String nameKey, List<Effect.EffectGroup> groups) {
        content.add(new H2(getTranslation(titleKey)));
        NativeTable t = table(id, getTranslation(titleKey), getTranslation(nameKey),
                getTranslation("reporting.effect.companies"), getTranslation("reporting.effect.companiesStepped"),
                getTranslation("reporting.effect.changePerArea"), getTranslation("reporting.effect.closedTargeted"),
                getTranslation("reporting.effect.closedOther"));
        for (Effect.EffectGroup g : groups) {
            textRow(t, g.name(), String.valueOf(g.companies()),
                    getTranslation("reporting.effect.steppedValue", g.companiesStepped(), pct(g.companiesSteppedPercent())),
                    decimal(getLocale(), g.averageChange(), 2, true), closed(g.targeted()), closed(g.other()));
        }
        content.add(t);
    }

    private void companies(Effect e) {
        content.add(new H2(getTranslation("reporting.effect.byCompany")));
        Grid<Effect.EffectGroup> grid = new Grid<>();
        grid.setId("effect-companies");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(g -> new Anchor("companies/" + g.key(), g.name()))
                .setHeader(getTranslation("reporting.list.company")).setFlexGrow(2);
        grid.addColumn(g -> g.answers()).setHeader(getTranslation("reporting.effect.answers")).setAutoWidth(true);
        grid.addColumn(g -> g.stepped()).setHeader(getTranslation("reporting.effect.steppedAreas")).setAutoWidth(true);
        grid.addColumn(g -> decimal(getLocale(), g.averageChange(), 2, true))
                .setHeader(getTranslation("reporting.effect.changePerArea")).setAutoWidth(true);
        grid.addColumn(g -> closed(g.targeted())).setHeader(getTranslation("reporting.effect.closedTargeted")).setAutoWidth(true);
        grid.addColumn(g -> closed(g.other())).setHeader(getTranslation("reporting.effect.closedOther")).setAutoWidth(true);
        grid.setItems(e.byCompany());
        grid.setAllRowsVisible(e.byCompany().size() <= 20);
        content.add(grid);
        if (e.byCompany().size() >= e.companyLimit()) {
            content.add(new Paragraph(getTranslation("reporting.list.limited", e.companyLimit())));
        }
    }

    /** "3 av 4 nivåer (75 %)" or "–" without a gap. */
    private String closed(GapClosure g) {
        return g.answers() == 0 ? "–" : getTranslation("reporting.effect.closedValue", g.closed(), g.gapBefore(),
                g.closedPercent() == null ? "–" : pct(g.closedPercent()));
    }

    private String pct(double v) {
        return decimal(getLocale(), v, 1, false) + " %";
    }
}
