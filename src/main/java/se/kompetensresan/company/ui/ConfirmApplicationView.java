package se.kompetensresan.company.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.company.OnboardingService;

/** The e-mailed link that confirms the contact person's address: only then is the application processed. */
@Route(value = "onboarding/confirm/:token", autoLayout = false)
@AnonymousAllowed
class ConfirmApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboarding;
    private final VerticalLayout body = new VerticalLayout();

    ConfirmApplicationView(OnboardingService onboarding) {
        this.onboarding = onboarding;
        setId("confirm-application-view");
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        body.setMaxWidth("560px");
        body.setPadding(false);
        add(brand, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        body.removeAll();
        body.add(new H2(getTranslation("company.confirm.title")));
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
