package se.kompetensresan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

/** My account: change the password, turn on two-factor sign-in (offered to everyone, required for some roles). */
@Route("account")
@Menu(order = 99, title = "security.menu.account", icon = "vaadin:user")
@PermitAll
class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final UserAccount me;
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final VerticalLayout twoFactor = new VerticalLayout();

    AccountView(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.me = currentUser.require();
        setId("account-view");
        setMaxWidth("640px");
        current.setId("account-current");
        current.setLabel(getTranslation("security.account.current"));
        password.setId("account-password");
        password.setLabel(getTranslation("security.account.password"));
        password.setHelperText(getTranslation("security.account.password.help"));
        repeat.setId("account-repeat");
        repeat.setLabel(getTranslation("security.account.repeat"));
        for (PasswordField f : new PasswordField[]{current, password, repeat}) {
            f.setWidthFull();
        }
        Button change = new Button(getTranslation("security.account.change"), e -> changePassword());
        change.setId("account-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        twoFactor.setPadding(false);
        twoFactor.setId("account-two-factor");
        add(new H1(getTranslation("security.account.title")), new H2(getTranslation("security.account.password.title")),
                current, password, repeat, change, new H2(getTranslation("security.twofactor.title")), twoFactor);
        showTwoFactor();
    }

    private void changePassword() {
        for (PasswordField f : new PasswordField[]{current, password, repeat}) {
            f.setInvalid(false);
        }
        try {
            users.changePassword(me.username(), current.getValue(), password.getValue(), repeat.getValue());
            current.clear();
            password.clear();
            repeat.clear();
            Notification.show(getTranslation("security.account.changed"), 4000, Notification.Position.TOP_CENTER);
        } catch (UserMessageException e) {
            PasswordField f = e.messageKey().endsWith("current") ? current : e.messageKey().endsWith("repeat") ? repeat : password;
            f.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            f.setInvalid(true);
        }
    }

    private void showTwoFactor() {
        twoFactor.removeAll();
        if (users.twoFactorEnabled(me.username())) {
            Paragraph on = new Paragraph(getTranslation("security.account.twofactor.on", users.recoveryCodesLeft(me.username())));
            on.setId("account-two-factor-on");
            twoFactor.add(on);
            return;
        }
        Button start = new Button(getTranslation("security.account.twofactor.start"), e -> enrol());
        start.setId("account-two-factor-start");
        twoFactor.add(new Paragraph(getTranslation("security.account.twofactor.off")), start);
    }

    private void enrol() {
        twoFactor.removeAll();
        var enrolment = users.startTwoFactorEnrolment(me.username());
        Image qr = new Image(enrolment.qrDataUri(), getTranslation("security.twofactor.qr"));
        qr.setWidth("220px");
        TextField code = new TextField(getTranslation("security.twofactor.code"));
        code.setId("account-two-factor-code");
        Button confirm = new Button(getTranslation("security.twofactor.enable"), e -> {
            try {
                var recovery = users.confirmTwoFactorEnrolment(me.username(), code.getValue());
                twoFactor.removeAll();
                Pre codes = new Pre(String.join("\n", recovery));
                codes.setId("account-recovery-codes");
                twoFactor.add(new Paragraph(getTranslation("security.twofactor.recovery.intro")), codes);
            } catch (UserMessageException ex) {
                code.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                code.setInvalid(true);
            }
        });
        confirm.setId("account-two-factor-enable");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph secret = new Paragraph(getTranslation("security.twofactor.secret", enrolment.secret()));
        secret.setId("account-two-factor-secret");
        twoFactor.add(new Paragraph(getTranslation("security.twofactor.enrol.optional")), qr, secret, code, confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.account.title");
    }
}
