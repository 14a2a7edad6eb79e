package se.kompetensresan.company.ui;

import se.kompetensresan.shared.ui.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import se.kompetensresan.shared.ui.Notices;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.security.InvitationStatus;
import se.kompetensresan.shared.UserMessageException;

import java.util.Locale;

/** The one-time link of an invitation: choose a password (twice, at least 10 characters), then log in. */
@Route(value = "set-password/:token", autoLayout = false)
@AnonymousAllowed
class SetPasswordView extends AnonymousPage implements BeforeEnterObserver, HasDynamicTitle {

    private final OnboardingService onboarding;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private String token;

    SetPasswordView(OnboardingService onboarding) {
        super("set-password-view");
        this.onboarding = onboarding;
        body.setMaxWidth("420px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        body.removeAll();
        body.add(new H1(getTranslation("company.password.title")));
        InvitationStatus status = onboarding.invitationStatus(token);
        if (status != InvitationStatus.VALID) {
            Paragraph p = new Paragraph(getTranslation("company.password.token." + status.name().toLowerCase(Locale.ROOT)));
            p.setId("set-password-invalid");
            Anchor login = new Anchor("login", getTranslation("login.title"));
            login.setId("set-password-login");
            body.add(p, login);
            return;
        }
        body.add(new Paragraph(getTranslation("company.password.intro")));
        password.setId("set-password-password");
        password.setLabel(getTranslation("company.password.field"));
        password.setWidthFull();
        repeat.setId("set-password-repeat");
        repeat.setLabel(getTranslation("company.password.repeat"));
        repeat.setWidthFull();
        Button save = new Button(getTranslation("company.password.submit"), e -> save());
        save.setId("set-password-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(password, repeat, save);
    }

    private void save() {
        FieldErrors errors = new FieldErrors(this).on("company.password.error.repeat", repeat)
                .on("", password);
        if (errors.run(() -> onboarding.setPassword(token, password.getValue(), repeat.getValue()))) {
            // at the bottom corner: in the middle it covered the login form's password field
            Notices.success(getTranslation("company.password.done"));
            UI.getCurrent().navigate("login");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.password.title") + " · " + getTranslation("app.name");
    }
}
