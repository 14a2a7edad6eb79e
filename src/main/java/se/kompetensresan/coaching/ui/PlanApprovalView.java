package se.kompetensresan.coaching.ui;

import se.kompetensresan.security.RouteIds;
import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlanInfo;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.UserMessageException;
import java.time.Clock;
import java.util.List;
import se.kompetensresan.coaching.PlanVersionInfo;

/**
 * The company reads its development plan and approves it or asks for changes (with a comment). Coaches,
 * managers and admins see the plan read-only.
 */
@Route("plan/:companyId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class PlanApprovalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoachingService coaching;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private long companyId;
    private CompanyInfo company;

    PlanApprovalView(CoachingService coaching, CompanyService companies, CurrentUser currentUser, Clock clock) {
        this.coaching = coaching;
        this.clock = clock;
        this.companies = companies;
        this.currentUser = currentUser;
        setId("plan-approval-view");
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        companyId = RouteIds.number(event, "companyId");
        company = companies.get(companyId);
        build();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.approval.title", company == null ? "" : company.name());
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("coaching.approval.title", company.name())));
        var found = coaching.currentPlan(companyId);
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("coaching.plan.none"));
            none.setId("plan-none");
            add(none);
            return;
        }
        PlanInfo plan = found.get();
        Span status = new Span(getTranslation("coaching.plan.status." + plan.status().name()));
        status.setId("plan-status");
        status.getElement().getThemeList().add("badge");
        add(status);
        if (plan.coachingTrack() != null) {
            add(new Paragraph(getTranslation("coaching.plan.track", getTranslation("track." + plan.coachingTrack()))));
        }
        if (plan.summary() != null) {
            Paragraph summary = new Paragraph(plan.summary());
            summary.setId("plan-summary");
            summary.getStyle().set("white-space", "pre-line");
            add(summary);
        }
        add(new H3(getTranslation("coaching.activities")));
        Grid<PlannedActivityInfo> grid = new Grid<>();
        grid.setId("activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        ActivityColumns.add(grid, this);
        grid.setItems(plan.activities());
        add(grid);
        Paragraph totals = new Paragraph(totalsText(plan));
        totals.setId("plan-totals");
        add(totals);

        boolean decides = currentUser.require().is(Role.COMPANY) && plan.isSubmitted();
        var versions = coaching.planVersions(companyId);
        if (!decides) {
            if (plan.isSubmitted()) {
                add(new Paragraph(getTranslation("coaching.approval.waiting")));
            }
            addHistory(versions);
            return;
        }
        add(new Paragraph(getTranslation("coaching.approval.intro")));
        Button approve = new Button(getTranslation("coaching.approval.approve"), e -> decide(true, null, null));
        approve.setId("plan-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);

        TextArea comment = new TextArea(getTranslation("coaching.approval.comment"));
        comment.setId("plan-reject-comment");
        comment.setHelperText(getTranslation("coaching.approval.comment.help"));
        comment.setWidthFull();
        Button reject = new Button(getTranslation("coaching.approval.reject"), e -> decide(false, comment.getValue(), comment));
        reject.setId("plan-reject");
        add(approve, new H3(getTranslation("coaching.approval.changes")), comment, reject);
        addHistory(versions);
    }

    /** Earlier versions (the one being decided is on screen already). */
    private void addHistory(List<PlanVersionInfo> versions) {
        if (!versions.isEmpty()) {
            add(new PlanHistory(versions, clock.getZone()));
        }
    }

    private void decide(boolean approve, String text, TextArea comment) {
        FieldErrors errors = new FieldErrors(this);
        if (comment != null) {
            errors.on("coaching.error.plan.comment", comment);
            errors.clear();
        }
        try {
            if (approve) {
                coaching.approvePlan(companyId);
            } else {
                coaching.rejectPlan(companyId, text);
            }
        } catch (UserMessageException ex) {
            errors.show(ex);
            return;
        }
        CoachingView.notifySuccess(getTranslation(approve ? "coaching.approval.approved" : "coaching.approval.rejected"));
        UI.getCurrent().navigate("inbox");
    }

    private String totalsText(PlanInfo plan) {
        return plan.estimatedCost().signum() == 0
                ? getTranslation("coaching.plan.totals.noCost", plan.plannedHours())
                : getTranslation("coaching.plan.totals", plan.plannedHours(), plan.estimatedCost());
    }
}
