package se.kompetensresan.engine.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.engine.IncidentInfo;
import se.kompetensresan.engine.IncidentService;
import se.kompetensresan.shared.UserMessageException;

import java.util.Comparator;
import java.util.List;

/** Incidents: journey service tasks that failed after their retries; an admin retries them here or in Cockpit. */
@Route("admin/incidents")
@Menu(title = "journey.menu.incidents", order = 93, icon = "vaadin:warning")
@RolesAllowed({"ADMIN"})
class IncidentsView extends VerticalLayout implements HasDynamicTitle {

    static final String COCKPIT = "/camunda/app/cockpit/default/";

    private final IncidentService incidents;
    final Grid<IncidentInfo> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    IncidentsView(IncidentService incidents) {
        this.incidents = incidents;
        setId("incidents");
        setSizeFull();
        add(new H1(getTranslation("engine.incidents.title")));
        Anchor cockpit = new Anchor(COCKPIT + "#/dashboard", getTranslation("engine.incidents.cockpit"), AnchorTarget.BLANK);
        cockpit.setId("incidents-cockpit");
        Button reload = new Button(getTranslation("engine.incidents.reload"), e -> refresh());
        reload.setId("incidents-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout tools = new HorizontalLayout(reload, cockpit);
        tools.setAlignItems(Alignment.BASELINE);
        add(tools);

        grid.setId("incidents-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> i.caseNumber() == null ? "" : i.caseNumber()).setHeader(getTranslation("engine.incidents.col.case"))
                .setKey("case").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(IncidentInfo::companyName).setHeader(getTranslation("engine.incidents.col.company")).setKey("company")
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(i -> i.activityId() == null ? "" : i.activityId()).setHeader(getTranslation("engine.incidents.col.activity"))
                .setKey("activity").setAutoWidth(true).setSortable(true);
        grid.addColumn(i -> i.message() == null ? "" : i.message()).setHeader(getTranslation("engine.incidents.col.message"))
                .setKey("message").setFlexGrow(1);
        grid.addColumn(i -> Formats.dateTime(i.time())).setHeader(getTranslation("engine.incidents.col.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0).setComparator(Comparator.comparing(IncidentInfo::time));
        grid.addComponentColumn(i -> {
            Button retry = new Button(getTranslation("engine.incidents.retry"), e -> retry(i));
            retry.setId("incident-retry-" + i.incidentId());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Anchor open = new Anchor(COCKPIT + "#/process-instance/" + i.processInstanceId() + "/runtime",
                    getTranslation("engine.incidents.inCockpit"), AnchorTarget.BLANK);
            HorizontalLayout row = new HorizontalLayout(retry, open);
            row.setAlignItems(Alignment.CENTER);
            return row;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        add(grid);
        empty.setId("incidents-empty");
        empty.setText(getTranslation("engine.incidents.none"));
        add(empty);
        refresh();
    }

    private void retry(IncidentInfo i) {
        if (new FieldErrors(this).run(() -> incidents.retry(i.incidentId()))) {
            Notification.show(getTranslation("engine.incidents.retried", i.activityId()));
        }
        refresh();
    }

    void refresh() {
        List<IncidentInfo> list = incidents.openIncidents();
        grid.setItems(list);
        grid.setVisible(!list.isEmpty());
        empty.setVisible(list.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engine.incidents.title");
    }
}
