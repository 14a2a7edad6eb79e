package se.kompetensresan.coaching.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingSessionInfo;
import se.kompetensresan.coaching.CoachingSessionForm;
import se.kompetensresan.coaching.PlanInfo;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * The coach's workspace for one company: the logged coaching sessions, a form to log a new one, and the
 * development plan with its actions, which the coach sends to the company for approval. Managers and
 * admins see the same page read-only.
 */
@Route("coaching/:companyId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class CoachingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final CatalogueService catalogue;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final Clock clock;

    private long companyId;
    private CompanyInfo company;
    private boolean coach;
    private Optional<PlanInfo> plan = Optional.empty();

    private final Grid<CoachingSessionInfo> sessionGrid = new Grid<>();
    private final DatePicker sessionDate = new DatePicker();
    private final IntegerField sessionDuration = new IntegerField();
    private final TextField sessionParticipants = new TextField();
    private final TextArea sessionNotes = new TextArea();
    private final TextArea sessionNextSteps = new TextArea();
    private FieldErrors sessionErrors;

    private final VerticalLayout planSection = new VerticalLayout();
    private final TextArea planSummary = new TextArea();
    private final Grid<PlannedActivityInfo> activityGrid = new Grid<>();

    CoachingView(CoachingService coaching, CatalogueService catalogue, CompanyService companies, CurrentUser currentUser,
                 Clock clock) {
        this.coaching = coaching;
        this.catalogue = catalogue;
        this.companies = companies;
        this.currentUser = currentUser;
        this.clock = clock;
        setId("coaching-view");
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        companyId = RouteIds.number(event, "companyId");
        company = companies.get(companyId);
        coach = currentUser.require().is(Role.COACH);
        build();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("coaching.title", company == null ? "" : company.name());
    }

    private void build() {
        removeAll();
        H1 header = new H1(company.name());
        header.setId("coaching-company");
        add(header);
        if (!coach) {
            Paragraph readOnly = new Paragraph(getTranslation("coaching.readOnly"));
            readOnly.setId("task-read-only");
            readOnly.getElement().getThemeList().add("badge contrast");
            readOnly.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("white-space", "normal");
            add(readOnly);
        }

        add(new H3(getTranslation("coaching.sessions")));
        sessionGrid.setId("session-grid");
        sessionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        sessionGrid.setAllRowsVisible(true);
        sessionGrid.removeAllColumns(); // Vaadin keeps this view when the same route is opened again from it
        sessionGrid.addColumn(CoachingSessionInfo::heldOn).setHeader(getTranslation("coaching.session.date")).setAutoWidth(true).setFlexGrow(0);
        sessionGrid.addColumn(s -> getTranslation("coaching.session.minutes", s.durationMinutes()))
                .setHeader(getTranslation("coaching.session.duration")).setAutoWidth(true).setFlexGrow(0);
        sessionGrid.addColumn(CoachingSessionInfo::notes).setHeader(getTranslation("coaching.session.notes")).setFlexGrow(3);
        sessionGrid.addColumn(CoachingSessionInfo::nextSteps).setHeader(getTranslation("coaching.session.nextSteps")).setFlexGrow(2);
        sessionGrid.addColumn(CoachingSessionInfo::participants).setHeader(getTranslation("coaching.session.participants")).setFlexGrow(1);
        add(sessionGrid);
        refreshSessions();
        if (coach) {
            add(sessionForm());
        }

        planSection.setPadding(false);
        add(planSection);
        refreshPlan();
    }

    private void refreshSessions() {
        var list = coaching.sessions(companyId);
        sessionGrid.setItems(list);
        sessionGrid.setVisible(!list.isEmpty());
    }

    private Component sessionForm() {
        sessionDate.setId("session-date");
        sessionDate.setLabel(getTranslation("coaching.session.date"));
        sessionDate.setRequiredIndicatorVisible(true);
        sessionDate.setMax(LocalDate.now(clock));
        sessionDate.setValue(LocalDate.now(clock));
        sessionDuration.setId("session-duration");
        sessionDuration.setLabel(getTranslation("coaching.session.duration"));
        sessionDuration.setHelperText(getTranslation("coaching.session.duration.help",
                CoachingService.MIN_SESSION_MINUTES, CoachingService.MAX_SESSION_MINUTES));
        sessionDuration.setRequiredIndicatorVisible(true);
        sessionDuration.setStepButtonsVisible(true);
        sessionDuration.setStep(15);
        sessionDuration.setValue(60);
        sessionParticipants.setId("session-participants");
        sessionParticipants.setLabel(getTranslation("coaching.session.participants"));
        sessionParticipants.setHelperText(getTranslation("coaching.session.participants.help"));
        sessionNotes.setId("session-notes");
        sessionNotes.setLabel(getTranslation("coaching.session.notes"));
        sessionNotes.setRequiredIndicatorVisible(true);
        sessionNotes.setMinHeight("6em");
        sessionNextSteps.setId("session-next-steps");
        sessionNextSteps.setLabel(getTranslation("coaching.session.nextSteps"));
        sessionErrors = new FieldErrors(this)
                .on("coaching.error.session.date", sessionDate)
                .on("coaching.error.session.duration", sessionDuration)
                .on("coaching.error.session.participants", sessionParticipants)
                .on("coaching.error.session.notes", sessionNotes)
                .on("coaching.error.session.nextsteps", sessionNextSteps);

        Button save = new Button(getTranslation("coaching.session.save"), e -> saveSession());
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(sessionDate, sessionDuration, sessionParticipants, sessionNotes, sessionNextSteps);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        form.setColspan(sessionParticipants, 3);
        form.setColspan(sessionNotes, 3);
        form.setColspan(sessionNextSteps, 3);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("coaching.session.new")), form, save);
        box.setPadding(false);
        box.setId("session-form");
        return box;
    }

    private void saveSession() {
        sessionErrors.clear();
        try {
            coaching.logSession(companyId, new CoachingSessionForm(sessionDate.getValue(), sessionDuration.getValue(),
                    sessionParticipants.getValue(), sessionNotes.getValue(), sessionNextSteps.getValue()));
        } catch (UserMessageException ex) {
            sessionErrors.show(ex);
            return;
        }
        sessionParticipants.clear();
        sessionNotes.clear();
        sessionNextSteps.clear();
        sessionDate.setValue(LocalDate.now(clock));
        sessionDuration.setValue(60);
        notifySuccess(getTranslation("coaching.session.saved"));
        refreshSessions();
    }

    private void refreshPlan() {
        plan = coaching.currentPlan(companyId);
        planSection.removeAll();
        planSection.add(new H3(getTranslation("coaching.plan")));
        boolean editable = coach && plan.map(PlanInfo::isDraft).orElse(true);

        plan.ifPresent(p -> {
            Span status = new Span(getTranslation("coaching.plan.status." + p.status().name()));
            status.setId("plan-status");
            status.getElement().getThemeList().add("badge");
            Span version = new Span(getTranslation("coaching.plan.version", p.version()));
            HorizontalLayout meta = new HorizontalLayout(status, version);
            meta.setAlignItems(FlexComponent.Alignment.BASELINE);
            planSection.add(meta);
            if (p.coachingTrack() != null) {
                Paragraph track = new Paragraph(getTranslation("coaching.plan.track", getTranslation("track." + p.coachingTrack())));
                track.setId("plan-track");
                planSection.add(track);
            }
            if (p.companyComment() != null && p.isDraft()) {
                Paragraph comment = new Paragraph(getTranslation("coaching.plan.companyComment", p.companyComment()));
                comment.setId("plan-company-comment");
                comment.addClassName("plan-company-comment");
                comment.getStyle().set("border-left", "4px solid var(--lumo-error-color)").set("padding-left", "var(--lumo-space-s)");
                planSection.add(comment);
            }
        });
        if (plan.isEmpty()) {
            planSection.add(new Paragraph(getTranslation("coaching.plan.none")));
        }

        planSummary.setId("plan-summary");
        planSummary.setLabel(getTranslation("coaching.plan.summary"));
        planSummary.setWidthFull();
        planSummary.setMinHeight("6em");
        planSummary.setValue(plan.map(PlanInfo::summary).orElse(""));
        planSummary.setReadOnly(!editable);
        planSummary.setInvalid(false);
        planSection.add(planSummary);
        if (editable) {
            Button saveSummary = new Button(getTranslation("coaching.plan.summary.save"), e -> saveSummary());
            saveSummary.setId("plan-summary-save");
            planSection.add(saveSummary);
        }

        planSection.add(new H3(getTranslation("coaching.activities")));
        activityGrid.removeAllColumns();
        activityGrid.setId("activity-grid");
        activityGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        activityGrid.setAllRowsVisible(true);
        ActivityColumns.add(activityGrid, this);
        if (editable) {
            activityGrid.addComponentColumn(a -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> openActivityDialog(a));
                edit.setId("activity-edit-" + a.id());
                edit.setAriaLabel(getTranslation("coaching.activity.edit"));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> removeActivity(a));
                remove.setId("activity-remove-" + a.id());
                remove.setAriaLabel(getTranslation("coaching.activity.remove"));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(edit, remove);
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        var list = plan.map(PlanInfo::activities).orElse(List.of());
        activityGrid.setItems(list);
        planSection.add(activityGrid);
        plan.ifPresent(p -> {
            Paragraph totals = new Paragraph(totalsText(p));
            totals.setId("plan-totals");
            planSection.add(totals);
        });

        if (editable) {
            Button add = new Button(getTranslation("coaching.activity.add"), VaadinIcon.PLUS.create(), e -> openActivityDialog(null));
            add.setId("activity-add");
            Button submit = new Button(getTranslation("coaching.plan.submit"), e -> submitPlan());
            submit.setId("plan-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout actions = new HorizontalLayout(add, submit);
            actions.setWrap(true);
            planSection.add(actions);
        }
        var versions = coaching.planVersions(companyId);
        if (!versions.isEmpty()) {
            planSection.add(new PlanHistory(versions, clock.getZone()));
        }
    }

    private void saveSummary() {
        planSummary.setInvalid(false);
        try {
            coaching.updatePlan(companyId, planSummary.getValue());
        } catch (UserMessageException ex) {
            new FieldErrors(this).on("coaching.error.plan.summary", planSummary).show(ex);
            return;
        }
        notifySuccess(getTranslation("coaching.plan.summary.saved"));
        refreshPlan();
    }

    private void openActivityDialog(PlannedActivityInfo existing) {
        List<TrainingCourseInfo> courses = new ArrayList<>(catalogue.activeCourses(companies.get(companyId).subprojectId()));
        if (existing != null && existing.courseId() != null && courses.stream().noneMatch(c -> c.id() == existing.courseId())) {
            catalogue.find(existing.courseId()).ifPresent(courses::add); // deactivated since it was chosen
        }
        new ActivityDialog(existing, courses, input -> {
            coaching.saveActivity(companyId, input);
            // keep the summary the coach may have typed meanwhile
            String typed = planSummary.getValue();
            refreshPlan();
            planSummary.setValue(typed);
        }).open();
    }

    private void removeActivity(PlannedActivityInfo a) {
        try {
            coaching.removeActivity(companyId, a.id());
        } catch (UserMessageException ex) {
            new FieldErrors(this).show(ex);
            return;
        }
        String typed = planSummary.getValue();
        refreshPlan();
        planSummary.setValue(typed);
    }

    private void submitPlan() {
        planSummary.setInvalid(false);
        try {
            coaching.updatePlan(companyId, planSummary.getValue());
            coaching.submitPlan(companyId);
        } catch (UserMessageException ex) {
            new FieldErrors(this).on("coaching.error.plan.summary", planSummary).show(ex);
            return;
        }
        notifySuccess(getTranslation("coaching.plan.submitted"));
        UI.getCurrent().navigate("inbox");
    }

    static void notifySuccess(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static String areaName(Component c, String code) {
        return code == null ? "" : c.getTranslation(CompetenceAreas.messageKey(code));
    }

    private String totalsText(PlanInfo plan) {
        return plan.estimatedCost().signum() == 0
                ? getTranslation("coaching.plan.totals.noCost", plan.plannedHours())
                : getTranslation("coaching.plan.totals", plan.plannedHours(), plan.estimatedCost());
    }
}
