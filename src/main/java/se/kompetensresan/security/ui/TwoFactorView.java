package se.kompetensresan.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import se.kompetensresan.security.TwoFactorGate;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;

/**
 * The second step of the sign-in: the six-digit code of the authenticator app, or a recovery code. A user whose
 * role needs two-factor and who has not enrolled yet enrols here (QR code, first code, recovery codes shown once).
 * Anyone else is sent on to the start page.
 */
@Route(value = "two-factor", autoLayout = false)
@AnonymousAllowed
class TwoFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UserService users;
    private final AuthenticationContext auth;
    private final VerticalLayout body = new VerticalLayout();
    private final TextField code = new TextField();
    private String username;

    TwoFactorView(UserService users, AuthenticationContext auth) {
        this.users = users;
        this.auth = auth;
        setId("two-factor-view");
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        body.setMaxWidth("460px");
        body.setPadding(false);
        add(brand, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        username = TwoFactorGate.pendingUsername().orElse(null);
        if (username == null) {
            event.forwardTo("");
            return;
        }
        body.removeAll();
        body.add(new H2(getTranslation("security.twofactor.title")));
        code.setId("two-factor-code");
        code.setLabel(getTranslation("security.twofactor.code"));
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setWidthFull();
        Button logout = new Button(getTranslation("security.twofactor.cancel"), e -> auth.logout());
        logout.setId("two-factor-cancel");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (users.twoFactorEnabled(username)) {
            body.add(new Paragraph(getTranslation("security.twofactor.intro")), code);
            Button verify = new Button(getTranslation("security.twofactor.verify"), e -> verify());
            verify.setId("two-factor-verify");
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
            body.add(verify, logout);
        } else {
            var enrolment = users.startTwoFactorEnrolment(username);
            Image qr = new Image(enrolment.qrDataUri(), getTranslation("security.twofactor.qr"));
            qr.setId("two-factor-qr");
            qr.setWidth("220px");
            Paragraph secret = new Paragraph(getTranslation("security.twofactor.secret", enrolment.secret()));
            secret.setId("two-factor-secret");
            Button confirm = new Button(getTranslation("security.twofactor.enable"), e -> confirm());
            confirm.setId("two-factor-enable");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(new Paragraph(getTranslation("security.twofactor.enrol")), qr, secret, code, confirm, logout);
        }
    }

    private void verify() {
        if (users.verifySecondFactor(username, code.getValue())) {
            done();
        } else {
            code.setErrorMessage(getTranslation("security.twofactor.error.code"));
            code.setInvalid(true);
            code.clear();
        }
    }

    private void confirm() {
        try {
            List<String> recovery = users.confirmTwoFactorEnrolment(username, code.getValue());
            body.removeAll();
            body.add(new H2(getTranslation("security.twofactor.recovery.title")),
                    new Paragraph(getTranslation("security.twofactor.recovery.intro")));
            Pre codes = new Pre(String.join("\n", recovery));
            codes.setId("two-factor-recovery-codes");
            Button next = new Button(getTranslation("security.twofactor.continue"), e -> done());
            next.setId("two-factor-continue");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            body.add(codes, next);
        } catch (UserMessageException e) {
            code.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            code.setInvalid(true);
        }
    }

    private void done() {
        TwoFactorGate.markVerified(VaadinSession.getCurrent().getSession() instanceof com.vaadin.flow.server.WrappedHttpSession w
                ? w.getHttpSession() : null, username);
        UI.getCurrent().getPage().setLocation("/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.twofactor.title") + " · " + getTranslation("app.name");
    }
}
