package se.kompetensresan.company.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.company.ApplicationStatusInfo;
import se.kompetensresan.company.OnboardingService;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Public (no login): the status of an application and the reason of the decision, by its reference. Shows
 * nothing else about the application (no company name).
 */
@Route(value = "onboarding/status/:reference", autoLayout = false)
@AnonymousAllowed
class ApplicationStatusView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboarding;

    ApplicationStatusView(OnboardingService onboarding) {
        super("application-status-view");
        this.onboarding = onboarding;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElse("");
        body.removeAll();
        body.add(new H1(getTranslation("application.statuspage.title")));
        Optional<ApplicationStatusInfo> info = onboarding.statusOf(reference);
        if (info.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("application.statuspage.unknown"));
            unknown.setId("application-status-unknown");
            body.add(unknown);
        } else {
            ApplicationStatusInfo s = info.get();
            Span ref = new Span(getTranslation("application.statuspage.reference") + ": " + s.reference());
            ref.setId("application-status-reference");
            Span status = new Span(getTranslation("application.status." + s.status().name()));
            status.setId("application-status-status");
            status.getElement().getThemeList().add(switch (s.status()) {
                case APPROVED, ELIGIBLE -> "badge success";
                case NOT_ELIGIBLE, REJECTED -> "badge error";
                default -> "badge";
            });
            Paragraph received = new Paragraph(getTranslation("application.statuspage.received",
                    LocalDate.ofInstant(s.createdAt(), ZoneId.systemDefault()).toString()));
            body.add(ref, new Paragraph(new Span(getTranslation("application.statuspage.status") + ": "), status), received);
            if (s.reasonKey() != null) {
                Paragraph reason = new Paragraph(getTranslation("application.statuspage.reason") + ": "
                        + getTranslation(s.reasonKey()));
                reason.setId("application-status-reason");
                body.add(reason);
            }
        }
        Anchor login = new Anchor("login", getTranslation("application.statuspage.login"));
        login.setId("application-status-login");
        body.add(login);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("application.statuspage.title") + " · " + getTranslation("app.name");
    }
}
