package se.kompetensresan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.kompetensresan.security.PasswordResets;

/**
 * "Forgot password": the username or e-mail address; the answer is the same whether or not an account exists
 * (an existing, enabled account gets a one-time link by e-mail). Limited per client address.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    ForgotPasswordView(PasswordResets resets) {
        setId("forgot-password-view");
        setAlignItems(Alignment.CENTER);
        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        VerticalLayout body = new VerticalLayout();
        body.setMaxWidth("420px");
        body.setPadding(false);
        TextField who = new TextField(getTranslation("security.reset.who"));
        who.setId("forgot-password-who");
        who.setWidthFull();
        Paragraph answer = new Paragraph();
        answer.setId("forgot-password-answer");
        Button send = new Button(getTranslation("security.reset.send"), e -> {
            String address = VaadinRequest.getCurrent() == null ? "unknown" : VaadinRequest.getCurrent().getRemoteAddr();
            answer.setText(getTranslation(resets.request(who.getValue(), address) ? "security.reset.sent" : "security.reset.throttled"));
            who.clear();
        });
        send.setId("forgot-password-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor login = new Anchor("login", getTranslation("login.title"));
        login.setId("forgot-password-login");
        body.add(new H2(getTranslation("security.reset.title")), new Paragraph(getTranslation("security.reset.intro")),
                who, send, answer, login);
        add(brand, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.reset.title") + " · " + getTranslation("app.name");
    }
}
