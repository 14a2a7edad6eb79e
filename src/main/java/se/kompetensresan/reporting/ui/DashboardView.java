package se.kompetensresan.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.reporting.Dashboard;
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.GenderCount;
import se.kompetensresan.reporting.ParticipantQuery.MonthFigure;
import se.kompetensresan.reporting.ParticipantState;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.Geography;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static se.kompetensresan.reporting.ui.ReportTables.link;
import static se.kompetensresan.reporting.ui.ReportTables.row;
import static se.kompetensresan.reporting.ui.ReportTables.table;

/**
 * The project office's dashboard: how far the project (or a delprojekt, a county) is against every target, by
 * gender, for a period (the current quarter by default). Every number is a link to the list behind it; every chart
 * has a table beside it.
 */
@Route("dashboard")
@Menu(order = 1, title = "reporting.menu.dashboard", icon = "vaadin:dashboard")
@RolesAllowed({"ADMIN", "MANAGER", "COACH"})
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final ReportFilterBar filters;
    private final Div content = new Div();
    private final NumberFormat integer;
    private ReportFilter filter;

    private final CurrentUser currentUser;

    DashboardView(DashboardService dashboards, Geography geography, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
        this.integer = NumberFormat.getIntegerInstance(getLocale());
        setId("dashboard");
        add(new H1(getTranslation("reporting.dashboard.title")));
        filters = new ReportFilterBar(dashboards, geography, "dashboard", "dashboard");
        content.setId("dashboard-content");
        content.setWidthFull();
        add(filters, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ReportFilter> f = FilterParams.filter(event.getLocation().getQueryParameters());
        if (f.isEmpty()) {
            f = dashboards.defaultFilter();
        }
        content.removeAll();
        if (f.isEmpty()) {
            content.add(new Paragraph(getTranslation("reporting.dashboard.noProject")));
            return;
        }
        filter = f.get();
        Dashboard d = dashboards.dashboard(filter);
        filters.show(filter);
        show(d);
    }

    // ------------------------------------------------------------------ the figures

    private void show(Dashboard d) {
        content.add(new Paragraph(getTranslation("reporting.dashboard.scope", d.projectName(),
                d.caseNumber() == null ? "–" : d.caseNumber(), filter.from(), filter.to())));
        if (currentUser.get().map(u -> u.is(Role.MANAGER) || u.is(Role.ADMIN)).orElse(false)) {
            content.add(link("dashboard-exports", FilterParams.href("reports", filter, java.util.Map.of()),
                    getTranslation("reporting.dashboard.exports")));
        }
        Paragraph more = new Paragraph(link("dashboard-effect", FilterParams.href("dashboard/effect", filter, java.util.Map.of()),
                getTranslation("reporting.effect.title")), new Span(" · "),
                link("dashboard-demand", FilterParams.href("dashboard/demand", filter, java.util.Map.of()),
                        getTranslation("reporting.demand.title")));
        content.add(more);
        companies(d.companies());
        participants(d.participants());
        hours(d.hours());
        coFinancing(d);
    }

    private void companies(Dashboard.Companies c) {
        content.add(new H2(getTranslation("reporting.companies.title")));
        Paragraph enrolled = new Paragraph();
        enrolled.add(link("dashboard-companies-enrolled", FilterParams.companies(filter, null), integer.format(c.enrolled())));
        enrolled.add(new Span(" " + (c.planned() == null ? getTranslation("reporting.companies.enrolledNoTarget")
                : getTranslation("reporting.companies.enrolledOf", integer.format(c.planned()),
                percent(c.enrolled(), c.planned())))));
        content.add(enrolled);
        NativeTable phases = table("dashboard-phases", getTranslation("reporting.companies.byPhase"),
                getTranslation("reporting.companies.phase"), getTranslation("reporting.companies.count"));
        for (JourneyPhase p : JourneyPhase.values()) {
            row(phases, getTranslation("reporting.phase." + p.name()),
                    link("dashboard-phase-" + p.name(), FilterParams.companies(filter, p), integer.format(c.byPhase().get(p))));
        }
        content.add(phases);
        Paragraph tasks = new Paragraph();
        tasks.add(new Span(getTranslation("reporting.companies.overdue") + " "));
        tasks.add(link("dashboard-overdue", "inbox", integer.format(c.overdueTasks())));
        content.add(tasks);
        Paragraph survey = new Paragraph(getTranslation("reporting.companies.responseRate", c.responseRatePercent(),
                c.surveysSubmitted(), c.enrolled()));
        survey.setId("dashboard-response-rate");
        content.add(survey);
    }

    private void participants(Dashboard.Participants p) {
        content.add(new H2(getTranslation("reporting.participants.title")));
        NativeTable t = table("dashboard-participants", getTranslation("reporting.participants.caption"), "",
                getTranslation("reporting.women"), getTranslation("reporting.men"), getTranslation("reporting.total"));
        List<ParticipantState> states = List.of(ParticipantState.STARTED, ParticipantState.ACTIVE, ParticipantState.ENDED,
                ParticipantState.TOTAL);
        List<GenderCount> counts = List.of(p.started(), p.active(), p.ended(), p.total());
        for (int i = 0; i < states.size(); i++) {
            ParticipantState s = states.get(i);
            GenderCount g = counts.get(i);
            String id = "dashboard-participants-" + s.name().toLowerCase();
            row(t, getTranslation("reporting.state." + s.name()),
                    link(id + "-women", FilterParams.participants(filter, s, Gender.WOMAN, null),
                            getTranslation("reporting.count.women", g.women())),
                    link(id + "-men", FilterParams.participants(filter, s, Gender.MAN, null),
                            getTranslation("reporting.count.men", g.men())),
                    link(id + "-all", FilterParams.participants(filter, s, null, null), integer.format(g.total())));
        }
        content.add(t);
        content.add(new Paragraph(getTranslation("reporting.participants.planned", p.total().total(),
                p.planned(), percent(p.total().total(), p.planned()))));
        Paragraph share = new Paragraph(getTranslation("reporting.participants.womenShare", p.womenPercent(),
                p.plannedWomenPercent()));
        share.setId("dashboard-women-share");
        content.add(share);
        if (p.womenShareDeviates()) {
            Span flag = new Span(getTranslation("reporting.participants.deviates", p.margin()));
            flag.setId("dashboard-women-flag");
            flag.getElement().getThemeList().add("badge error");
            flag.getElement().setAttribute("role", "status");
            content.add(flag);
        }
        DashboardChart chart = new DashboardChart("dashboard-participants-chart");
        List<String> labels = states.stream().map(s -> getTranslation("reporting.state." + s.name())).toList();
        chart.draw("bar", getTranslation("reporting.participants.caption"),
                getTranslation("reporting.participants.summary", p.total().women(), p.total().men()), labels,
                List.of(new DashboardChart.Series(getTranslation("reporting.women"), counts.stream().map(GenderCount::women).toList(), DashboardChart.WOMEN),
                        new DashboardChart.Series(getTranslation("reporting.men"), counts.stream().map(GenderCount::men).toList(), DashboardChart.MEN)),
                getTranslation("reporting.participants.axis"));
        content.add(chart);
        NativeTable ages = table("dashboard-age-bands", getTranslation("reporting.age.caption"),
                getTranslation("reporting.age.band"), getTranslation("reporting.women"), getTranslation("reporting.men"));
        for (AgeBand b : AgeBand.values()) {
            GenderCount g = p.ageBands().get(b);
            row(ages, getTranslation("reporting.age." + b.name()),
                    link("dashboard-age-" + b.name() + "-women", FilterParams.participants(filter, ParticipantState.TOTAL, Gender.WOMAN, b), integer.format(g.women())),
                    link("dashboard-age-" + b.name() + "-men", FilterParams.participants(filter, ParticipantState.TOTAL, Gender.MAN, b), integer.format(g.men())));
        }
        content.add(ages);
    }

    private void hours(List<Dashboard.MonthHours> hours) {
        content.add(new H2(getTranslation("reporting.hours.title")));
        NativeTable t = table("dashboard-hours", getTranslation("reporting.hours.caption"), getTranslation("reporting.month"),
                getTranslation("reporting.hours.reportedWomen"), getTranslation("reporting.hours.reportedMen"),
                getTranslation("reporting.hours.signedWomen"), getTranslation("reporting.hours.signedMen"),
                getTranslation("reporting.hours.disputedWomen"), getTranslation("reporting.hours.disputedMen"));
        for (Dashboard.MonthHours m : hours) {
            String id = "dashboard-hours-" + m.month();
            row(t, m.month().toString(),
                    monthLink(id + "-reported-women", m, MonthFigure.REPORTED, Gender.WOMAN, m.reported()),
                    monthLink(id + "-reported-men", m, MonthFigure.REPORTED, Gender.MAN, m.reported()),
                    monthLink(id + "-signed-women", m, MonthFigure.SIGNED, Gender.WOMAN, m.signed()),
                    monthLink(id + "-signed-men", m, MonthFigure.SIGNED, Gender.MAN, m.signed()),
                    monthLink(id + "-disputed-women", m, MonthFigure.DISPUTED, Gender.WOMAN, m.disputed()),
                    monthLink(id + "-disputed-men", m, MonthFigure.DISPUTED, Gender.MAN, m.disputed()));
        }
        content.add(t);
        DashboardChart chart = new DashboardChart("dashboard-hours-chart");
        List<String> labels = hours.stream().map(m -> m.month().toString()).toList();
        chart.draw("bar", getTranslation("reporting.hours.caption"), getTranslation("reporting.hours.summary",
                        hours.stream().mapToLong(m -> m.signed().total()).sum(), hours.stream().mapToLong(m -> m.reported().total()).sum()),
                labels, List.of(
                        series("reporting.hours.reportedWomen", hours, m -> m.reported().women(), DashboardChart.WOMEN_LIGHT),
                        series("reporting.hours.reportedMen", hours, m -> m.reported().men(), DashboardChart.MEN_LIGHT),
                        series("reporting.hours.signedWomen", hours, m -> m.signed().women(), DashboardChart.WOMEN),
                        series("reporting.hours.signedMen", hours, m -> m.signed().men(), DashboardChart.MEN)),
                getTranslation("reporting.hours.axis"));
        content.add(chart);
    }

    private void coFinancing(Dashboard d) {
        content.add(new H2(getTranslation("reporting.cofinancing.title")));
        NativeTable t = table("dashboard-cofinancing", getTranslation("reporting.cofinancing.caption"),
                getTranslation("reporting.month"), getTranslation("reporting.cofinancing.women"),
                getTranslation("reporting.cofinancing.men"), getTranslation("reporting.total"),
                getTranslation("reporting.cofinancing.cumulated"));
        for (Dashboard.MonthCoFinancing m : d.coFinancing()) {
            String id = "dashboard-cofinancing-" + m.month();
            row(t, m.month().toString(),
                    link(id + "-women", FilterParams.monthParticipants(filter, m.month(), MonthFigure.SIGNED, Gender.WOMAN), sek(m.women())),
                    link(id + "-men", FilterParams.monthParticipants(filter, m.month(), MonthFigure.SIGNED, Gender.MAN), sek(m.men())),
                    new Span(sek(m.total())), new Span(sek(m.cumulated())));
        }
        content.add(t);
        BigDecimal cumulated = d.coFinancing().isEmpty() ? BigDecimal.ZERO : d.coFinancing().get(d.coFinancing().size() - 1).cumulated();
        Paragraph planned = new Paragraph(getTranslation("reporting.cofinancing.planned", sek(cumulated),
                sek(d.plannedCoFinancing()), percent(cumulated, d.plannedCoFinancing())));
        planned.setId("dashboard-cofinancing-planned");
        content.add(planned);
        DashboardChart chart = new DashboardChart("dashboard-cofinancing-chart");
        List<String> labels = d.coFinancing().stream().map(m -> m.month().toString()).toList();
        chart.draw("line", getTranslation("reporting.cofinancing.caption"),
                getTranslation("reporting.cofinancing.summary", sek(cumulated), sek(d.plannedCoFinancing())), labels,
                List.of(new DashboardChart.Series(getTranslation("reporting.cofinancing.cumulated"),
                                d.coFinancing().stream().map(Dashboard.MonthCoFinancing::cumulated).toList(), DashboardChart.WOMEN),
                        new DashboardChart.Series(getTranslation("reporting.cofinancing.plannedLine"),
                                d.coFinancing().stream().map(m -> d.plannedCoFinancing()).toList(), DashboardChart.PLAN)),
                getTranslation("reporting.sek"));
        content.add(chart);
        Paragraph cost = new Paragraph(getTranslation("reporting.plannedCost", sek(d.plannedActivitiesCost()),
                sek(d.budget()), percent(d.plannedActivitiesCost(), d.budget())));
        cost.setId("dashboard-planned-cost");
        content.add(cost);
    }

    // ------------------------------------------------------------------ helpers

    private DashboardChart.Series series(String key, List<Dashboard.MonthHours> hours,
                                         Function<Dashboard.MonthHours, Long> value, String colour) {
        return new DashboardChart.Series(getTranslation(key), hours.stream().map(value).toList(), colour);
    }

    private Component monthLink(String id, Dashboard.MonthHours m, MonthFigure figure, Gender g, GenderCount value) {
        return link(id, FilterParams.monthParticipants(filter, m.month(), figure, g), integer.format(value.of(g)));
    }

    private String sek(BigDecimal v) {
        return integer.format(v.setScale(0, RoundingMode.HALF_UP)) + " kr";
    }

    private String percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    private String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(getLocale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP)) + " %";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.dashboard.title");
    }
}
