package se.kompetensresan.onboarding.ui;

import se.kompetensresan.shared.ui.PickDialog;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Formats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.company.ApplicationInfo;
import se.kompetensresan.onboarding.ApplicationReview;
import se.kompetensresan.onboarding.ApplicationSummary;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;

/**
 * The companies' applications to the manager's projects (all for an admin): status, reason, company, org.nr and
 * date; the ones awaiting a manual assessment ("Bedöm ansökan") are approved or rejected (with a reason) here.
 */
@Route("applications")
@Menu(title = "application.menu", order = 6, icon = "vaadin:clipboard-check")
@RolesAllowed({"MANAGER", "ADMIN"})
class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    private final ApplicationReview review;
    final Grid<ApplicationSummary> grid = new Grid<>();
    final Select<String> filter = new Select<>();

    ApplicationsView(ApplicationReview review) {
        this.review = review;
        setId("applications");
        setSizeFull();
        add(new H1(getTranslation("application.title")), new Paragraph(getTranslation("application.intro")));

        filter.setId("applications-filter");
        filter.setLabel(getTranslation("application.filter"));
        filter.setItems("all", "review");
        filter.setItemLabelGenerator(v -> getTranslation("application.filter." + v));
        filter.setValue("all");
        filter.addValueChangeListener(e -> refresh());
        add(filter);

        grid.setId("applications-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(s -> Formats.date(s.application().createdAt())).setHeader(getTranslation("application.column.date"))
                .setKey("date").setAutoWidth(true);
        grid.addColumn(s -> s.application().reference()).setHeader(getTranslation("application.column.reference"))
                .setKey("reference").setAutoWidth(true);
        // a long company name wraps instead of pushing Status out of sight
        grid.addColumn(s -> s.application().name()).setHeader(getTranslation("application.column.company"))
                .setKey("company").setWidth("10em").setFlexGrow(2);
        grid.addColumn(s -> s.application().organisationNumber().formatted())
                .setHeader(getTranslation("application.column.orgnr")).setKey("orgnr").setAutoWidth(true);
        grid.addColumn(ApplicationSummary::projectName).setHeader(getTranslation("application.column.project"))
                .setKey("project").setWidth("7em").setFlexGrow(1);
        // the reason sits under the status (one column fewer, so the grid fits at 1280 px); a long status wraps
        grid.addComponentColumn(s -> status(s.application())).setHeader(getTranslation("application.column.status"))
                .setKey("status").setWidth("11em").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("application.column.actions"))
                .setKey("actions").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("application.empty"));
        add(grid);
        refresh();
    }

    private Div status(ApplicationInfo a) {
        Div cell = new Div(badge(a));
        if (a.reasonKey() != null) {
            Span reason = new Span(getTranslation(a.reasonKey()));
            reason.setId("application-reason-" + a.id());
            reason.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            cell.add(reason);
        }
        return cell;
    }

    private Span badge(ApplicationInfo a) {
        Span badge = new Span(getTranslation("application.status." + a.status().name()));
        badge.setId("application-status-" + a.id());
        String theme = switch (a.status()) {
            case APPROVED, ELIGIBLE -> "badge success";
            case NOT_ELIGIBLE, REJECTED -> "badge error";
            case MANUAL_REVIEW -> "badge contrast";
            case SUBMITTED, UNCONFIRMED -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        badge.getStyle().set("white-space", "normal");
        return badge;
    }

    private HorizontalLayout actions(ApplicationSummary s) {
        HorizontalLayout box = new HorizontalLayout();
        box.setSpacing(true);
        if (s.awaitingReview()) {
            long id = s.application().id();
            Button approve = new Button(getTranslation("application.approve"), e -> approve(s));
            approve.setId("application-approve-" + id);
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            Button reject = new Button(getTranslation("application.reject"), e -> confirmReject(s));
            reject.setId("application-reject-" + id);
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            box.add(approve, reject);
        }
        return box;
    }

    void refresh() {
        List<ApplicationSummary> all = review.applications();
        boolean onlyReview = "review".equals(filter.getValue());
        grid.setItems(all.stream().filter(s -> !onlyReview || s.awaitingReview()).toList());
    }

    private void approve(ApplicationSummary s) {
        if (new FieldErrors(this).run(() -> review.approve(s.application().id()))) {
            Notification.show(getTranslation("application.approved", s.application().name()));
        }
        refresh();
    }

    private void confirmReject(ApplicationSummary s) {
        Select<String> reason = new Select<>();
        reason.setId("application-reject-reason");
        reason.setLabel(getTranslation("application.reject.reason"));
        reason.setItems(ApplicationReview.REJECT_REASONS);
        reason.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k));
        PickDialog.open("application-reject", getTranslation("application.reject.confirm") + ": " + s.application().name(),
                reason, getTranslation("application.reject.cancel"), getTranslation("application.reject.confirm"), r -> {
                    if (r == null) {
                        throw new UserMessageException("application.reject.reason.required");
                    }
                    review.reject(s.application().id(), r);
                    Notification.show(getTranslation("application.rejected", s.application().name()));
                    refresh();
                }).dangerous();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.title");
    }

}
