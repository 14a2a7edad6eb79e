package se.kompetensresan.journey.ui;

import se.kompetensresan.shared.ui.PickDialog;
import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.journey.CompanyReminders;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.journey.JourneyStatus;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.util.Arrays;
import java.util.Comparator;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * All journeys the user works with: counts per phase, a phase filter; managers start and withdraw journeys; coaches
 * and managers send the companies of one journey or the selected ones a reminder of their waiting tasks.
 */
@Route("journeys")
@Menu(title = "journey.menu.journeys", order = 2, icon = "vaadin:road")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class JourneysView extends VerticalLayout implements HasDynamicTitle {

    private final JourneyService journeys;
    private final CompanyReminders reminders;
    private final UserAccount user;
    final Button remindSelected = new Button();
    final Grid<JourneyInfo> grid = new Grid<>();
    private final FlexLayout counts = new FlexLayout();
    final Select<JourneyPhase> phaseFilter = new Select<>();
    final Select<String> subprojectFilter = new Select<>();
    final Select<String> coachFilter = new Select<>();
    /** The coaches of the listed journeys: username → name. */
    private final Map<String, String> coachNames = new HashMap<>();
    final Checkbox overdueOnly = new Checkbox();
    private List<JourneyInfo> all = List.of();


    JourneysView(JourneyService journeys, CurrentUser currentUser, CompanyReminders reminders) {
        this.journeys = journeys;
        this.reminders = reminders;
        this.user = currentUser.require();
        setId("journeys");
        setSizeFull();
        H1 title = new H1(getTranslation("journey.journeys.title"));
        if (manages()) {
            // starting a journey is an action of its own, not one of the filters below: a button and a dialog
            Button start = new Button(getTranslation("journey.journeys.start"), VaadinIcon.PLUS.create(), e -> openStart());
            start.setId("journey-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout head = new HorizontalLayout(title, start);
            head.setAlignItems(Alignment.BASELINE);
            head.setWrap(true);
            head.setWidthFull();
            head.expand(title);
            add(head);
        } else {
            add(title);
        }

        counts.setId("journeys-counts");
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.getStyle().set("gap", "var(--lumo-space-s)");
        add(counts);

        phaseFilter.setId("journeys-phase-filter");
        phaseFilter.setLabel(getTranslation("journey.journeys.filter"));
        phaseFilter.setItems(JourneyPhase.values());
        phaseFilter.setEmptySelectionAllowed(true);
        phaseFilter.setEmptySelectionCaption(getTranslation("journey.inbox.any"));
        phaseFilter.setItemLabelGenerator(p -> p == null ? "" : getTranslation("journey.phase." + p.name()));
        phaseFilter.addValueChangeListener(e -> show());
        subprojectFilter.setId("journeys-subproject-filter");
        subprojectFilter.setLabel(getTranslation("journey.journeys.col.subproject"));
        subprojectFilter.setEmptySelectionAllowed(true);
        subprojectFilter.setEmptySelectionCaption(getTranslation("journey.inbox.any"));
        subprojectFilter.addValueChangeListener(e -> show());
        coachFilter.setId("journeys-coach-filter");
        coachFilter.setLabel(getTranslation("journey.journeys.col.coach"));
        coachFilter.setEmptySelectionAllowed(true);
        coachFilter.setEmptySelectionCaption(getTranslation("journey.inbox.any"));
        coachFilter.setItemLabelGenerator(username -> username == null ? "" : coachNames.getOrDefault(username, username));
        coachFilter.addValueChangeListener(e -> show());
        overdueOnly.setId("journeys-overdue-filter");
        overdueOnly.setLabel(getTranslation("journey.journeys.overdueOnly"));
        overdueOnly.addValueChangeListener(e -> show());
        HorizontalLayout tools = new HorizontalLayout(phaseFilter, subprojectFilter, coachFilter, overdueOnly);
        if (canRemind()) {
            remindSelected.setText(getTranslation("journey.remind.selected"));
            remindSelected.setId("journeys-remind");
            remindSelected.setEnabled(false);
            remindSelected.addClickListener(e -> remind(grid.getSelectedItems().stream().map(JourneyInfo::caseNumber).toList()));
            tools.add(remindSelected);
        }
        tools.setAlignItems(Alignment.BASELINE);
        tools.setWrap(true);
        add(tools);

        grid.setId("journeys-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getStyle().set("--lumo-font-size-m", "var(--lumo-font-size-s)");
        grid.addColumn(JourneyInfo::caseNumber).setHeader(getTranslation("journey.journeys.col.case")).setKey("case").setAutoWidth(true).setSortable(true);
        grid.addColumn(JourneyInfo::companyName).setHeader(getTranslation("journey.journeys.col.company")).setKey("company").setWidth("9em").setFlexGrow(1)
                .setComparator(Comparator.comparing(JourneyInfo::companyName, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(JourneyInfo::subprojectName).setHeader(getTranslation("journey.journeys.col.subproject")).setKey("subproject")
                .setAutoWidth(true).setComparator(Comparator.comparing(JourneyInfo::subprojectName, String.CASE_INSENSITIVE_ORDER));
        grid.addComponentColumn(j -> {
            Span badge = new Span(getTranslation("journey.phase." + j.phase().name()));
            badge.getElement().getThemeList().add("badge" + (j.status() == JourneyStatus.WITHDRAWN ? " error"
                    : j.status() == JourneyStatus.COMPLETED ? " success" : ""));
            return badge;
        }).setHeader(getTranslation("journey.journeys.col.phase")).setKey("phase").setAutoWidth(true)
                .setComparator(Comparator.comparing(j -> j.phase().ordinal()));
        grid.addColumn(JourneysView::coachName).setHeader(getTranslation("journey.journeys.col.coach")).setKey("coach")
                .setWidth("9em").setFlexGrow(0).setComparator(Comparator.comparing(JourneysView::coachName, String.CASE_INSENSITIVE_ORDER));
        grid.addColumn(JourneyInfo::daysInPhase).setHeader(getTranslation("journey.journeys.col.days")).setKey("days")
                .setWidth("7.5em").setFlexGrow(0).setSortable(true).setComparator(Comparator.comparingLong(JourneyInfo::daysInPhase));
        grid.addColumn(JourneyInfo::openTasks).setHeader(getTranslation("journey.journeys.col.tasks")).setKey("tasks")
                .setWidth("8.5em").setFlexGrow(0).setComparator(Comparator.comparingLong(JourneyInfo::openTasks));
        grid.addComponentColumn(j -> {
            Span n = new Span(String.valueOf(j.overdueTasks()));
            if (j.overdueTasks() > 0) {
                n.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
                n.addClassName("overdue");
            }
            return n;
        }).setHeader(getTranslation("journey.journeys.col.overdue")).setKey("overdue").setWidth("8em").setFlexGrow(0)
                .setComparator(Comparator.comparingLong(JourneyInfo::overdueTasks));
        if (canRemind()) {
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> {
                int n = e.getAllSelectedItems().size();
                remindSelected.setEnabled(n > 0);
                remindSelected.setText(getTranslation("journey.remind.selected") + (n == 0 ? "" : " (" + n + ")"));
            });
            if (!manages()) {
                grid.addComponentColumn(this::remindButton).setKey("remind").setAutoWidth(true).setFlexGrow(0);
            }
        }
        if (manages()) {
            grid.addComponentColumn(j -> {
                Button withdraw = new Button(getTranslation("journey.journeys.withdraw"), e -> confirmWithdraw(j));
                withdraw.setId("journey-withdraw-" + j.caseNumber());
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                withdraw.setVisible(j.status() == JourneyStatus.ACTIVE);
                // an icon, named for screen readers and in its tooltip, and no bell on a manager's row (they remind
                // through the selection's "Påminn markerade"): with the selection column the list scrolled sideways
                // at 1280 px
                Button reassign = new Button(VaadinIcon.EXCHANGE.create(), e -> openReassign(j));
                reassign.setAriaLabel(getTranslation("journey.journeys.reassign") + ": " + j.companyName());
                reassign.setTooltipText(getTranslation("journey.journeys.reassign"));
                reassign.setId("journey-reassign-" + j.caseNumber());
                reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                reassign.setVisible(j.status() == JourneyStatus.ACTIVE);
                HorizontalLayout actions = new HorizontalLayout(reassign, withdraw);
                actions.setSpacing(false);
                return actions;
            }).setKey("withdraw").setAutoWidth(true);
        }
        grid.addItemClickListener(e -> UI.getCurrent().navigate("journeys/" + e.getItem().companyId()));
        grid.setEmptyStateText(getTranslation("journey.journeys.empty"));
        add(grid);
        refresh();
    }

    /** The bell of one journey, named for screen readers and in its tooltip; shown while the journey is active. */
    private Button remindButton(JourneyInfo j) {
        Button remind = new Button(VaadinIcon.BELL.create(), e -> remind(List.of(j.caseNumber())));
        remind.setAriaLabel(getTranslation("journey.remind") + ": " + j.companyName());
        remind.setTooltipText(getTranslation("journey.remind"));
        remind.setId("journey-remind-" + j.caseNumber());
        remind.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remind.setVisible(j.status() == JourneyStatus.ACTIVE);
        return remind;
    }

    /** Coaches and managers of the delprojekt remind companies (an admin does not). */
    private boolean canRemind() {
        return user.is(Role.COACH) || user.is(Role.MANAGER);
    }

    private void remind(List<String> caseNumbers) {
        if (RemindAction.send(this, reminders, caseNumbers)) {
            grid.deselectAll();
            refresh();
        }
    }

    private boolean manages() {
        return user.is(Role.MANAGER) || user.is(Role.ADMIN);
    }

    void refresh() {
        all = journeys.journeys();
        Map<JourneyPhase, Long> perPhase = all.stream().collect(Collectors.groupingBy(JourneyInfo::phase, Collectors.counting()));
        counts.removeAll();
        Arrays.stream(JourneyPhase.values()).forEach(p -> {
            Span c = new Span(getTranslation("journey.journeys.count", getTranslation("journey.phase." + p.name()),
                    perPhase.getOrDefault(p, 0L)));
            c.setId("journeys-count-" + p.name());
            c.getElement().getThemeList().add("badge contrast");
            counts.add(c);
        });
        String sp = subprojectFilter.getValue();
        String coach = coachFilter.getValue();
        subprojectFilter.setItems(all.stream().map(JourneyInfo::subprojectName).distinct().sorted().toList());
        boolean severalSubprojects = all.stream().map(JourneyInfo::subprojectId).distinct().count() > 1;
        subprojectFilter.setVisible(severalSubprojects);
        grid.getColumnByKey("subproject").setVisible(severalSubprojects);
        coachNames.clear();
        all.stream().filter(j -> j.coach() != null).forEach(j -> coachNames.put(j.coach(), coachName(j)));
        coachFilter.setItems(coachNames.keySet().stream().sorted().toList());
        if (sp != null && all.stream().anyMatch(j -> sp.equals(j.subprojectName()))) {
            subprojectFilter.setValue(sp);
        }
        if (coach != null && all.stream().anyMatch(j -> coach.equals(j.coach()))) {
            coachFilter.setValue(coach);
        }
        show();
    }

    /** The journeys the filters let through. */
    List<JourneyInfo> shown() {
        JourneyPhase f = phaseFilter.getValue();
        String sp = subprojectFilter.getValue();
        String coach = coachFilter.getValue();
        return all.stream().filter(j -> f == null || j.phase() == f)
                .filter(j -> sp == null || sp.equals(j.subprojectName()))
                .filter(j -> coach == null || coach.equals(j.coach()))
                .filter(j -> !overdueOnly.getValue() || j.overdueTasks() > 0).toList();
    }

    private void show() {
        grid.setItems(shown());
    }

    private void openReassign(JourneyInfo j) {
        ComboBox<UserAccount> coach = new ComboBox<>(getTranslation("journey.journeys.col.coach"));
        coach.setId("journey-reassign-coach");
        coach.setItems(journeys.coachesFor(j.companyId()));
        coach.setItemLabelGenerator(UserAccount::label);
        PickDialog.open("journey-reassign", getTranslation("journey.journeys.reassign.title", j.companyName()), coach,
                getTranslation("journey.inbox.cancel"), getTranslation("journey.journeys.reassign"), c -> {
                    if (c == null) {
                        throw new UserMessageException("journey.inbox.error.chooseCoach");
                    }
                    int moved = journeys.reassignCoach(j.companyId(), c.username());
                    Notification.show(getTranslation("journey.journeys.reassigned", c.username(), moved));
                    refresh();
                });
    }

    /** The *Starta kompetensresa* dialog: which company (of those without an active journey) starts one. */
    void openStart() {
        ComboBox<CompanyInfo> company = new ComboBox<>(getTranslation("journey.journeys.startCompany"));
        company.setId("journey-start-company");
        company.setItems(journeys.startableCompanies());
        company.setItemLabelGenerator(CompanyInfo::name);
        company.setHelperText(getTranslation("journey.journeys.startCompany.help"));
        company.setRequiredIndicatorVisible(true);
        PickDialog.open("journey-start", getTranslation("journey.journeys.start"), company,
                getTranslation("journey.inbox.cancel"), getTranslation("journey.journeys.start.confirm"), c -> {
                    if (c == null) {
                        throw new UserMessageException("journey.journeys.error.chooseCompany");
                    }
                    Notification.show(getTranslation("journey.journeys.started", journeys.start(c.id()).caseNumber()));
                    refresh();
                });
    }

    private void confirmWithdraw(JourneyInfo j) {
        TextArea reason = new TextArea(getTranslation("journey.journeys.withdraw.reason"));
        reason.setId("journey-withdraw-reason");
        reason.setRequired(true);
        PickDialog.open("journey-withdraw", getTranslation("journey.journeys.withdraw.title", j.companyName()), reason,
                getTranslation("journey.journeys.withdraw.cancel"), getTranslation("journey.journeys.withdraw.confirm"),
                r -> {
                    journeys.withdraw(j.companyId(), r);
                    Notification.show(getTranslation("journey.journeys.withdrawn"));
                    refresh();
                }).dangerous();
    }

    private static String coachName(JourneyInfo j) {
        return j.coachName() == null ? "" : j.coachName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.journeys.title");
    }


}
