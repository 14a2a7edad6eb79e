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
import se.kompetensresan.reporting.DashboardService;
import se.kompetensresan.reporting.ParticipantQuery;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.reporting.ReportParticipant;
import se.kompetensresan.security.AccessRefusedException;

import java.util.List;

/** The participants behind a dashboard figure (never their personnummer), each linked to their page. */
@Route("dashboard/participants")
@RolesAllowed({"ADMIN", "MANAGER", "COACH"})
class ReportParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DashboardService dashboards;
    private final Paragraph what = new Paragraph();
    private final Grid<ReportParticipant> grid = new Grid<>();
    private final Anchor back = new Anchor();

    ReportParticipantsView(DashboardService dashboards) {
        this.dashboards = dashboards;
        setId("report-participants");
        setSizeFull();
        back.setId("report-participants-back");
        back.setText(getTranslation("reporting.list.back"));
        what.setId("report-participants-count");
        grid.setId("report-participants-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(p -> new Anchor("participant/" + p.id(), p.name()))
                .setHeader(getTranslation("reporting.list.name")).setFlexGrow(2);
        grid.addColumn(ReportParticipant::companyName).setHeader(getTranslation("reporting.list.company")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("reporting.gender." + p.gender().name())).setHeader(getTranslation("reporting.list.gender")).setAutoWidth(true);
        grid.addColumn(p -> p.ageBand() == null ? "–" : getTranslation("reporting.age." + p.ageBand().name()))
                .setHeader(getTranslation("reporting.age.band")).setAutoWidth(true);
        grid.addColumn(ReportParticipant::startDate).setHeader(getTranslation("reporting.list.start")).setAutoWidth(true);
        grid.addColumn(p -> p.endDate() == null ? "" : p.endDate().toString()).setHeader(getTranslation("reporting.list.end")).setAutoWidth(true);
        add(back, new H1(getTranslation("reporting.list.participants")), what, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        ReportFilter f = FilterParams.filter(q).orElseThrow(() -> new AccessRefusedException("participant list without a filter"));
        ParticipantQuery pq = FilterParams.participantQuery(q);
        List<ReportParticipant> list = dashboards.participants(f, pq);
        long count = dashboards.countParticipants(f, pq);
        back.setHref(FilterParams.href("dashboard", f, java.util.Map.of()));
        String gender = getTranslation("reporting.list.who." + (pq.gender() == null ? "ALL" : pq.gender().name()));
        String subject = pq.month() == null ? lowerFirst(getTranslation("reporting.state." + pq.state().name()))
                : getTranslation("reporting.figure." + pq.figure().name(), pq.month());
        String split = "";
        if (pq.gender() == null) {
            // a count of people is always split by gender
            long women = dashboards.countParticipants(f, new ParticipantQuery(pq.state(), Gender.WOMAN, pq.ageBand(),
                    pq.month(), pq.figure()));
            split = " " + getTranslation("reporting.list.byGender", women, count - women);
        }
        what.setText(getTranslation("reporting.list.participantsCount", count, gender, subject, f.from(), f.to())
                + split + (count > list.size() ? " " + getTranslation("reporting.list.limited", list.size()) : ""));
        grid.setItems(list);
    }

    /** A heading used inside a sentence ("Totalt till periodens slut" → "totalt till periodens slut"). */
    private String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(getLocale()) + s.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.list.participants");
    }
}
