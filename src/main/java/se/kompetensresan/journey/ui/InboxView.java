package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.journey.TaskInbox;
import se.kompetensresan.journey.TaskInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Objects;

/** The task inbox: the journey tasks the user may see; coaches filter, claim and unclaim. */
@Route("inbox")
@Menu(title = "journey.menu.inbox", order = 1, icon = "vaadin:inbox")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    enum Filter { MINE, UNASSIGNED, ALL }

    private final TaskInbox inbox;
    private final UserAccount user;
    private final Grid<TaskInfo> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private final RadioButtonGroup<Filter> filter = new RadioButtonGroup<>();

    InboxView(TaskInbox inbox, CurrentUser currentUser) {
        this.inbox = inbox;
        this.user = currentUser.require();
        setId("inbox");
        setSizeFull();
        add(new H2(getTranslation("journey.inbox.title")));

        filter.setId("inbox-filter");
        filter.setLabel(getTranslation("journey.inbox.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> getTranslation("journey.inbox.filter." + f.name()));
        filter.setValue(Filter.ALL);
        filter.addValueChangeListener(e -> refresh());
        filter.setVisible(user.is(Role.COACH));
        count.setId("inbox-count");
        HorizontalLayout top = new HorizontalLayout(filter, count);
        top.setAlignItems(Alignment.BASELINE);
        top.setWrap(true);
        add(top);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(TaskInfo::caseNumber).setHeader(getTranslation("journey.inbox.col.case")).setKey("case").setAutoWidth(true);
        grid.addColumn(TaskInfo::companyName).setHeader(getTranslation("journey.inbox.col.company")).setKey("company").setAutoWidth(true);
        grid.addColumn(t -> getTranslation("journey.task." + t.taskKey())).setHeader(getTranslation("journey.inbox.col.task")).setKey("task").setAutoWidth(true);
        grid.addColumn(t -> t.phase() == null ? "" : getTranslation("journey.phase." + t.phase().name()))
                .setHeader(getTranslation("journey.inbox.col.phase")).setKey("phase");
        grid.addColumn(t -> Formats.date(t.created())).setHeader(getTranslation("journey.inbox.col.created")).setKey("created");
        grid.addColumn(new ComponentRenderer<>(t -> {
            Span due = new Span(Formats.date(t.due()));
            if (t.overdue()) {
                due.getStyle().set("color", "var(--lumo-error-text-color)");
                due.getElement().setAttribute("title", getTranslation("journey.inbox.overdue"));
                due.addClassName("overdue");
            }
            return due;
        })).setHeader(getTranslation("journey.inbox.col.due")).setKey("due");
        grid.addColumn(t -> Objects.toString(t.assignee(), "")).setHeader(getTranslation("journey.inbox.col.assignee")).setKey("assignee");
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText(getTranslation("journey.inbox.empty"));
        add(grid);

        empty.setId("inbox-empty");
        empty.setText(getTranslation("journey.inbox.empty"));
        add(empty);
        refresh();
    }

    private HorizontalLayout actions(TaskInfo t) {
        Button open = new Button(getTranslation("journey.inbox.open"), e -> open(t));
        open.setId("task-open-" + t.taskId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(open);
        if (user.is(Role.COACH)) {
            boolean mine = user.username().equals(t.assignee());
            Button claim = new Button(getTranslation(mine ? "journey.inbox.unclaim" : "journey.inbox.claim"), e -> {
                try {
                    if (mine) {
                        inbox.unclaim(t.taskId());
                    } else {
                        inbox.claim(t.taskId());
                    }
                } catch (UserMessageException ex) {
                    Notification.show(getTranslation(ex.messageKey(), ex.args()));
                }
                refresh();
            });
            claim.setId((mine ? "task-unclaim-" : "task-claim-") + t.taskId());
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            claim.setEnabled(mine || t.assignee() == null);
            row.add(claim);
        }
        return row;
    }

    private void open(TaskInfo t) {
        UI.getCurrent().navigate(t.route());
    }

    /** The tasks currently shown (after the filter). */
    List<TaskInfo> shown() {
        Filter f = filter.getValue() == null ? Filter.ALL : filter.getValue();
        return inbox.tasks().stream().filter(t -> switch (f) {
            case ALL -> true;
            case MINE -> user.username().equals(t.assignee());
            case UNASSIGNED -> t.assignee() == null;
        }).toList();
    }

    private void refresh() {
        List<TaskInfo> items = shown();
        grid.setItems(items);
        count.setText(getTranslation("journey.inbox.count", items.size()));
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.inbox.title");
    }
}
