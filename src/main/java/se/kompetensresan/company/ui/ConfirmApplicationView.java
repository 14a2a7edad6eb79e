package se.kompetensresan.company.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.company.OnboardingService;

/** The e-mailed link that confirms the contact person's address: only then is the application processed. */
@Route(value = "onboarding/confirm/:token", autoLayout = false)
@AnonymousAllowed
class ConfirmApplicationView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboarding;

    ConfirmApplicationView(OnboardingService onboarding) {
        super("confirm-application-view");
        this.onboarding = onboarding;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.removeAll();
        body.add(new H1(getTranslation("company.confirm.title")));
        var reference = onboarding.confirm(event.getRouteParameters().get("token").orElse(""));
        if (reference.isEmpty()) {
            Paragraph p = new Paragraph(getTranslation("company.confirm.invalid"));
            p.setId("confirm-application-invalid");
            body.add(p);
            return;
        }
        Paragraph p = new Paragraph(getTranslation("company.confirm.done", reference.get()));
        p.setId("confirm-application-done");
        Anchor status = new Anchor("onboarding/status/" + reference.get(), getTranslation("application.statuspage.title"));
        status.setId("confirm-application-status");
        body.add(p, status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.confirm.title") + " · " + getTranslation("app.name");
    }
}
