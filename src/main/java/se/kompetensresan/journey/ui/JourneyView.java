package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.TimelineEntry;
import se.kompetensresan.security.AccessRefusedException;

import java.util.Optional;

/** One company's journey: the four-step stage bar and the timeline. */
@Route("journeys/:companyId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class JourneyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final JourneyService journeys;
    private final CompanyService companies;
    private String title = "";

    JourneyView(JourneyService journeys, CompanyService companies) {
        this.journeys = journeys;
        this.companies = companies;
        setId("journey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long companyId = event.getRouteParameters().get("companyId").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).orElseThrow(() -> new AccessRefusedException("no company id"));
        String companyName = companies.get(companyId).name(); // refuses foreign companies
        removeAll();
        Optional<JourneyInfo> journey = journeys.journeyOf(companyId);
        title = companyName;
        add(new H2(journey.map(j -> getTranslation("journey.journey.title", j.caseNumber())).orElse(companyName)));
        if (journey.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("journey.journey.none"));
            none.setId("journey-none");
            add(new Paragraph(companyName), none);
            return;
        }
        JourneyInfo j = journey.get();
        add(new Paragraph(companyName + " · " + getTranslation("journey.journey.started", Formats.date(j.startedAt()))
                + " · " + getTranslation("journey.status." + j.status().name())));
        add(stageBar(j.phase()));

        add(new H3(getTranslation("journey.journey.timeline")));
        UnorderedList timeline = new UnorderedList();
        timeline.setId("journey-timeline");
        for (TimelineEntry e : journeys.timeline(companyId)) {
            String detail = e.detail() == null ? "" : e.detail();
            if ("TASK_COMPLETED".equals(e.type())) {
                detail = getTranslation("journey.task." + detail);
            } else if ("PHASE_CHANGED".equals(e.type())) {
                detail = getTranslation("journey.phase." + detail);
            }
            ListItem item = new ListItem(Formats.dateTime(e.at()) + " – " + getTranslation("journey.event." + e.type(), detail)
                    + " (" + e.actor() + ")");
            item.addClassName("timeline-entry");
            timeline.add(item);
        }
        add(timeline);
    }

    private Div stageBar(JourneyPhase phase) {
        Div bar = new Div();
        bar.setId("journey-stages");
        bar.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        for (int stage = 0; stage < 4; stage++) {
            Span s = new Span(getTranslation("journey.stage." + stage));
            s.setId("journey-stage-" + stage);
            boolean current = phase.stage() == stage && phase != JourneyPhase.COMPLETED && phase != JourneyPhase.WITHDRAWN;
            boolean done = phase.stage() > stage || phase == JourneyPhase.COMPLETED;
            s.getElement().getThemeList().add("badge" + (current ? " primary" : done ? " success" : " contrast"));
            if (current) {
                s.addClassName("stage-current");
                s.getElement().setAttribute("aria-current", "step");
            }
            bar.add(s);
        }
        return bar;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
