package se.kompetensresan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.Grid;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.SessionInfo;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.security.UserSessions;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.shared.ui.Formats;
import se.kompetensresan.shared.ui.Notices;

/**
 * My account: change the password, turn on two-factor sign-in (offered to everyone, required for some roles), see
 * the sessions signed in and end any other one, or all others.
 */
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
    private final UserSessions sessions;
    private final Grid<SessionInfo> sessionGrid = new Grid<>();
    private final Button endOthers = new Button();

    AccountView(UserService users, CurrentUser currentUser, UserSessions sessions) {
        this.users = users;
        this.sessions = sessions;
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
        add(new H2(getTranslation("security.sessions.title")), new Paragraph(getTranslation("security.sessions.intro")),
                sessionGrid(), endOthers);
        showSessions();
    }

    private Grid<SessionInfo> sessionGrid() {
        sessionGrid.setId("account-sessions");
        sessionGrid.setAllRowsVisible(true);
        // three columns that wrap, so the list fits the page's 640 px: the browser with its network, the sign-in and
        // the last activity, and the action
        sessionGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessionGrid.addColumn(s -> getTranslation("security.sessions.where", device(s),
                        s.network().isEmpty() ? getTranslation("security.sessions.network.unknown") : s.network()))
                .setHeader(getTranslation("security.sessions.col.device")).setFlexGrow(2).setKey("device");
        sessionGrid.addColumn(s -> getTranslation("security.sessions.when", Formats.dateTime(s.signedInAt()),
                        Formats.dateTime(s.lastSeenAt())))
                .setHeader(getTranslation("security.sessions.col.when")).setFlexGrow(2).setKey("when");
        sessionGrid.addComponentColumn(s -> {
            if (s.current()) {
                Span here = new Span(getTranslation("security.sessions.current"));
                here.getElement().getThemeList().add("badge success");
                return here;
            }
            Button end = new Button(getTranslation("security.sessions.end"), e -> {
                sessions.end(s.id());
                Notices.success(getTranslation("security.sessions.ended"));
                showSessions();
            });
            end.setId("account-session-end-" + s.id());
            end.getElement().setAttribute("aria-label", getTranslation("security.sessions.end.label", device(s)));
            end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return end;
        }).setAutoWidth(true).setKey("action");
        endOthers.setText(getTranslation("security.sessions.endOthers"));
        endOthers.setId("account-sessions-end-others");
        endOthers.addClickListener(e -> {
            int n = sessions.endOthers();
            Notices.success(getTranslation("security.sessions.endedOthers", n));
            showSessions();
        });
        return sessionGrid;
    }

    private String device(SessionInfo s) {
        return s.device().isEmpty() ? getTranslation("security.sessions.device.unknown") : s.device();
    }

    private void showSessions() {
        List<SessionInfo> mine = sessions.mine();
        sessionGrid.setItems(mine);
        endOthers.setEnabled(mine.stream().anyMatch(s -> !s.current()));
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
