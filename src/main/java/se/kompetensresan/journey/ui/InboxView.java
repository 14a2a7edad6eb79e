package se.kompetensresan.journey.ui;

import se.kompetensresan.shared.ui.PickDialog;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Formats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.journey.CompanyReminders;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.inbox.InboxFilter;
import se.kompetensresan.journey.inbox.InboxFilter.Scope;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The task inbox: the journey tasks the user may see, with filters (scope, overdue, phase, delprojekt) and their
 * counts, saved filter combinations, sorting on every column, claim/unclaim, assignment to a colleague of the
 * delprojekt, bulk reassignment of selected rows, and "send a reminder" to the companies of one row or the selected
 * rows.
 */
@Route("inbox")
@Menu(title = "journey.menu.inbox", order = 1, icon = "vaadin:inbox")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInbox inbox;
    private final UserAccount user;
    final Grid<TaskInfo> grid = new Grid<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Checkbox overdue = new Checkbox();
    final Select<JourneyPhase> phase = new Select<>();
    final Select<SubprojectInfo> subproject = new Select<>();
    final Select<String> saved = new Select<>();
    final ComboBox<UserAccount> assignTo = new ComboBox<>();
    private final Button assignSelected = new Button();
    private final Button remindSelected = new Button();
    private final CompanyReminders reminders;
    private List<TaskInfo> all = List.of();
    private Map<String, InboxFilter> savedFilters = Map.of();
    private boolean applying;
    /** The row whose cell has the keyboard focus (Enter opens it). */
    private TaskInfo focused;
    private com.vaadin.flow.shared.Registration resize;

    InboxView(TaskInbox inbox, CurrentUser currentUser, ProjectService projects, CompanyReminders reminders) {
        this.inbox = inbox;
        this.reminders = reminders;
        this.user = currentUser.require();
        setId("inbox");
        setSizeFull();
        add(new H1(getTranslation("journey.inbox.title")));

        scope.setId("inbox-scope");
        scope.setLabel(getTranslation("journey.inbox.filter"));
        scope.setItems(Scope.values());
        scope.setValue(Scope.ALL);
        scope.addValueChangeListener(e -> filtersChanged());
        overdue.setId("inbox-overdue");
        overdue.addValueChangeListener(e -> filtersChanged());
        phase.setId("inbox-phase");
        phase.setLabel(getTranslation("journey.inbox.col.phase"));
        phase.setItems(InboxFilter.PHASES);
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(getTranslation("journey.inbox.any"));
        phase.addValueChangeListener(e -> filtersChanged());
        subproject.setId("inbox-subproject");
        subproject.setLabel(getTranslation("journey.inbox.subproject"));
        List<SubprojectInfo> subprojects = user.is(Role.COMPANY) ? List.of() : projects.visibleSubprojects();
        subproject.setItems(subprojects);
        subproject.setItemLabelGenerator(s -> s == null ? getTranslation("journey.inbox.any") : s.name());
        subproject.setEmptySelectionAllowed(true);
        subproject.setEmptySelectionCaption(getTranslation("journey.inbox.any"));
        subproject.setVisible(subprojects.size() > 1);
        subproject.addValueChangeListener(e -> filtersChanged());

        saved.setId("inbox-saved");
        saved.setLabel(getTranslation("journey.inbox.saved"));
        saved.setPlaceholder(getTranslation("journey.inbox.saved.placeholder"));
        saved.addValueChangeListener(e -> {
            if (!applying) {
                applySaved(e.getValue());
            }
        });
        Button save = new Button(getTranslation("journey.inbox.save"), e -> openSaveDialog());
        save.setId("inbox-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout filters = new HorizontalLayout(scope, overdue, phase, subproject, saved, save);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        // a company has a handful of its own tasks: the coaches' filters would only be in the way
        filters.setVisible(!user.is(Role.COMPANY));
        add(filters);

        count.setId("inbox-count");
        HorizontalLayout bar = new HorizontalLayout(count);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (canAssign()) {
            assignTo.setId("inbox-assign-coach");
            assignTo.setPlaceholder(getTranslation("journey.inbox.assignTo"));
            assignTo.setItemLabelGenerator(UserAccount::label);
            assignSelected.setText(getTranslation("journey.inbox.assignSelected"));
            assignSelected.setId("inbox-assign");
            assignSelected.addClickListener(e -> assignSelected());
            assignSelected.setEnabled(false);
            bar.add(assignTo, assignSelected);
        }
        if (canRemind()) {
            remindSelected.setText(getTranslation("journey.remind.selected"));
            remindSelected.setId("inbox-remind");
            remindSelected.addClickListener(e -> remindSelected());
            remindSelected.setEnabled(false);
            bar.add(remindSelected);
        }
        add(bar);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getStyle().set("--lumo-font-size-m", "var(--lumo-font-size-s)");
        column(TaskInfo::caseNumber, "case").setFlexGrow(0);
        column(TaskInfo::companyName, "company").setAutoWidth(false).setWidth("7em").setFlexGrow(1);
        column(this::taskLabel, "task").setAutoWidth(false).setWidth("7em").setFlexGrow(1);
        column(t -> t.phase() == null ? "" : getTranslation("journey.phase." + t.phase().name()), "phase")
                .setFlexGrow(0).setComparator(Comparator.comparing(t -> t.phase() == null ? -1 : t.phase().ordinal()));
        dateColumn(TaskInfo::created, "created");
        grid.addColumn(new ComponentRenderer<>(t -> {
                    Span due = new Span(Formats.date(t.due()));
                    if (t.overdue()) {
                        due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                        due.getElement().setAttribute("title", getTranslation("journey.inbox.overdue"));
                        due.addClassName("overdue");
                    }
                    return due;
                })).setHeader(getTranslation("journey.inbox.col.due")).setKey("due").setWidth("7.5em").setFlexGrow(0)
                .setComparator(Comparator.comparing(TaskInfo::due, Comparator.nullsLast(Comparator.naturalOrder())));
        dateColumn(TaskInfo::followUpDue, "followUp");
        column(t -> Objects.toString(t.assigneeName(), ""), "assignee").setAutoWidth(false).setWidth("8.5em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        if (canAssign()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> selectionChanged());
        } else {
            grid.addItemClickListener(e -> open(e.getItem()));
        }
        // keyboard: the grid is one Tab stop; arrow to a row and press Enter to open its task (the Öppna button is
        // not reachable with Tab). Enter on a button inside the row is the button's own.
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        grid.getElement().addEventListener("keydown", e -> {
            if (focused != null) {
                open(focused);
            }
        }).setFilter("event.key === 'Enter' && event.target === element");
        grid.getElement().setAttribute("aria-description", getTranslation("journey.inbox.keyboard"));
        grid.setMultiSort(true);
        grid.setEmptyStateText(getTranslation("journey.inbox.empty"));
        add(grid);
        // no sideways scrolling: the secondary columns give way on narrower screens
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
            }
        });

        empty.setId("inbox-empty");
        empty.setText(getTranslation("journey.inbox.empty"));
        add(empty);
        reloadSaved();
        refresh();
    }

    private Grid.Column<TaskInfo> column(Function<TaskInfo, String> value, String key) {
        return grid.addColumn(value::apply).setHeader(getTranslation("journey.inbox.col." + key)).setKey(key)
                .setAutoWidth(true).setSortable(true)
                .setComparator(Comparator.comparing(value, String.CASE_INSENSITIVE_ORDER));
    }

    private void dateColumn(Function<TaskInfo, Instant> value, String key) {
        grid.addColumn(t -> Formats.date(value.apply(t))).setHeader(getTranslation("journey.inbox.col." + key)).setKey(key)
                .setFlexGrow(0).setWidth("7.5em")
                .setComparator(Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder())));
    }

    /** The task's name, and for a training task the course it is about ("Attestera närvaro: Svetsning MIG/MAG"). */
    private String taskLabel(TaskInfo t) {
        String task = getTranslation("journey.task." + t.taskKey());
        return t.courseName() == null ? task : getTranslation("journey.task.withCourse", task, t.courseName());
    }

    /**
     * Shows the columns that fit the window: all from 1440 px, without the creation and follow-up dates below, and on
     * a phone only company, task and the actions.
     */
    void fitColumns(int windowWidth) {
        boolean wide = windowWidth >= 1440;
        boolean phone = windowWidth < 700;
        grid.getColumnByKey("created").setVisible(wide);
        grid.getColumnByKey("followUp").setVisible(wide);
        for (String key : List.of("case", "phase", "assignee", "due")) {
            grid.getColumnByKey(key).setVisible(!phone);
        }
        grid.getColumnByKey("company").setWidth(phone ? "5em" : "7em");
        grid.getColumnByKey("task").setWidth(phone ? "5em" : "7em");
    }

    private boolean canAssign() {
        return user.is(Role.COACH) || user.is(Role.MANAGER) || user.is(Role.ADMIN);
    }

    /** Coaches and managers remind companies; an admin's inbox is read-only. */
    private boolean canRemind() {
        return user.is(Role.COACH) || user.is(Role.MANAGER);
    }

    /** A row whose company has a task waiting: a company task, or a coach's "contact the company" about one. */
    private static boolean companyWaits(TaskInfo t) {
        return JourneyProcess.REMINDED_TASKS.contains(t.taskKey()) || JourneyProcess.CONTACT_TASKS.contains(t.taskKey());
    }


    private HorizontalLayout actions(TaskInfo t) {
        Button open = new Button(new Icon(VaadinIcon.ARROW_RIGHT), e -> open(t));
        open.setId("task-open-" + t.taskId());
        iconButton(open, getTranslation("journey.inbox.open"));
        open.removeThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(open);
        row.setSpacing(false);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        boolean coachTask = "COACH".equals(t.candidateGroup());
        if (user.is(Role.COACH) && coachTask) {
            boolean mine = user.username().equals(t.assignee());
            Button claim = new Button(new Icon(mine ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.HAND), e -> act(() -> {
                if (mine) {
                    inbox.unclaim(t.taskId());
                } else {
                    inbox.claim(t.taskId());
                }
            }));
            claim.setId((mine ? "task-unclaim-" : "task-claim-") + t.taskId());
            iconButton(claim, getTranslation(mine ? "journey.inbox.unclaim" : "journey.inbox.claim"));
            claim.setEnabled(mine || t.assignee() == null);
            row.add(claim);
        }
        if (canRemind() && companyWaits(t)) {
            Button remind = new Button(new Icon(VaadinIcon.BELL), e -> {
                if (RemindAction.send(this, reminders, List.of(t.caseNumber()))) {
                    refresh();
                }
            });
            remind.setId("task-remind-" + t.taskId());
            iconButton(remind, getTranslation("journey.remind"));
            row.add(remind);
        }
        if (canAssign() && coachTask && (!user.is(Role.COACH) || t.assignee() == null || user.username().equals(t.assignee()))) {
            Button assign = new Button(new Icon(VaadinIcon.USER_CHECK), e -> openAssignDialog(t));
            assign.setId("task-assign-" + t.taskId());
            iconButton(assign, getTranslation("journey.inbox.assign"));
            row.add(assign);
        }
        return row;
    }

    private static void iconButton(Button b, String label) {
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        b.setTooltipText(label);
        b.setAriaLabel(label);
    }

    private void act(Runnable action) {
        new FieldErrors(this).run(action);
        refresh();
    }

    private void openAssignDialog(TaskInfo t) {
        ComboBox<UserAccount> coach = new ComboBox<>(getTranslation("journey.inbox.assignTo"));
        coach.setId("task-assign-coach");
        coach.setItems(inbox.assignableCoaches(List.of(t.taskId())));
        coach.setItemLabelGenerator(UserAccount::label);
        PickDialog.open("task-assign", getTranslation("journey.inbox.assign.title",
                        taskLabel(t), t.companyName()), coach,
                getTranslation("journey.inbox.cancel"), getTranslation("journey.inbox.assign"), c -> {
                    inbox.assign(t.taskId(), requireCoach(c).username());
                    refresh();
                });
    }

    private static UserAccount requireCoach(UserAccount coach) {
        if (coach == null) {
            throw new UserMessageException("journey.inbox.error.chooseCoach");
        }
        return coach;
    }

    private void selectionChanged() {
        List<String> ids = grid.getSelectedItems().stream().map(TaskInfo::taskId).toList();
        UserAccount before = assignTo.getValue();
        List<UserAccount> coaches = ids.isEmpty() ? List.of() : inbox.assignableCoaches(ids);
        assignTo.setItems(coaches);
        if (before != null && coaches.stream().anyMatch(c -> c.username().equals(before.username()))) {
            assignTo.setValue(coaches.stream().filter(c -> c.username().equals(before.username())).findFirst().get());
        }
        assignSelected.setEnabled(!ids.isEmpty());
        remindSelected.setEnabled(!ids.isEmpty());
        remindSelected.setText(getTranslation("journey.remind.selected") + (ids.isEmpty() ? "" : " (" + ids.size() + ")"));
        assignSelected.setText(getTranslation("journey.inbox.assignSelected") + (ids.isEmpty() ? "" : " (" + ids.size() + ")"));
    }

    private void assignSelected() {
        List<String> ids = grid.getSelectedItems().stream().map(TaskInfo::taskId).toList();
        if (FieldErrors.of(this, assignTo).run(() -> inbox.assignAll(ids, requireCoach(assignTo.getValue()).username()))) {
            Notification.show(getTranslation("journey.inbox.assigned", ids.size(), assignTo.getValue().label()));
            grid.deselectAll();
            refresh();
        }
    }


    /** Reminds the companies of the selected rows (each case once). */
    private void remindSelected() {
        List<String> cases = grid.getSelectedItems().stream().map(TaskInfo::caseNumber).distinct().toList();
        if (RemindAction.send(this, reminders, cases)) {
            grid.deselectAll();
            refresh();
        }
    }

    private void open(TaskInfo t) {
        UI.getCurrent().navigate(t.route());
    }

    // ---- filters

    /** The filter combination the controls show. */
    InboxFilter filter() {
        return new InboxFilter(scope.getValue(), overdue.getValue(), phase.getValue(),
                subproject.getValue() == null ? null : subproject.getValue().id());
    }

    private void filtersChanged() {
        if (applying) {
            return;
        }
        if (saved.getValue() != null && !filter().equals(savedFilters.get(saved.getValue()))) {
            applying = true;
            saved.clear();
            applying = false;
        }
        show();
    }

    private void applySaved(String name) {
        InboxFilter f = name == null ? null : savedFilters.get(name);
        if (f == null) {
            return;
        }
        applying = true;
        try {
            scope.setValue(f.scope());
            overdue.setValue(f.overdueOnly());
            phase.setValue(f.phase());
            subproject.setValue(f.subprojectId() == null ? null : subproject.getListDataView().getItems()
                    .filter(s -> s.id() == f.subprojectId()).findFirst().orElse(null));
        } finally {
            applying = false;
        }
        show();
    }

    private void reloadSaved() {
        savedFilters = inbox.savedFilters();
        applying = true;
        String current = saved.getValue();
        saved.setItems(savedFilters.keySet());
        saved.setValue(current != null && savedFilters.containsKey(current) ? current : null);
        saved.setEnabled(!savedFilters.isEmpty());
        applying = false;
    }

    private void openSaveDialog() {
        TextField name = new TextField(getTranslation("journey.inbox.save.name"));
        name.setId("inbox-save-name");
        PickDialog.open("inbox-save", getTranslation("journey.inbox.save.title"), name,
                getTranslation("journey.inbox.cancel"), getTranslation("journey.inbox.save"), value -> {
                    inbox.saveFilter(value, filter());
                    reloadSaved();
                    applying = true;
                    saved.setValue(value.strip());
                    applying = false;
                    Notification.show(getTranslation("journey.inbox.saved.done", value.strip()));
                });
    }

    /** Saves the current filter combination under the name (what the save dialog does). */
    void saveCurrentFilter(String name) {
        inbox.saveFilter(name, filter());
        reloadSaved();
    }

    /** The tasks currently shown (after the filters). */
    List<TaskInfo> shown() {
        InboxFilter f = filter();
        return all.stream().filter(t -> f.matches(t, user)).toList();
    }

    void refresh() {
        all = inbox.tasks();
        show();
    }

    private void show() {
        InboxFilter f = filter();
        // counts: each option counted with the other filters as they are
        InboxFilter.Counts counts = f.counts(all, user);
        scope.setItemLabelGenerator(s -> getTranslation("journey.inbox.filter." + s.name()) + " (" + counts.perScope().get(s) + ")");
        overdue.setLabel(getTranslation("journey.inbox.filter.OVERDUE") + " (" + counts.overdue() + ")");
        phase.setItemLabelGenerator(p -> p == null ? getTranslation("journey.inbox.any") : getTranslation("journey.phase." + p.name())
                + " (" + counts.perPhase().getOrDefault(p, 0L) + ")");
        List<TaskInfo> items = shown();
        grid.setItems(items);
        count.setText(getTranslation("journey.inbox.count", items.size()));
        grid.setVisible(!all.isEmpty());
        empty.setVisible(all.isEmpty());
        if (canAssign()) {
            selectionChanged();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.inbox.title");
    }
}
