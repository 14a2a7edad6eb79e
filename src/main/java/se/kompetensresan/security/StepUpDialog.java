package se.kompetensresan.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;

/**
 * Runs a high-value action; when its service asks for a step-up ({@link StepUpRequiredException}) it asks for the
 * password, and the code when the user has two-factor sign-in, then runs the action again. A wrong answer is shown
 * beside its field and counts as a failed sign-in. Ids: {@code step-up-dialog}, {@code step-up-password},
 * {@code step-up-code}, {@code step-up-cancel}, {@code step-up-confirm}.
 */
public final class StepUpDialog extends Dialog {

    private StepUpDialog(UserService users, Runnable action) {
        setId("step-up-dialog");
        setHeaderTitle(getTranslation("security.stepup.title"));
        PasswordField password = new PasswordField(getTranslation("security.stepup.password"));
        password.setId("step-up-password");
        password.setWidthFull();
        add(new Paragraph(getTranslation("security.stepup.intro")), password);
        FieldErrors errors = new FieldErrors(this);
        TextField code = null;
        if (users.currentUserHasTwoFactor()) {
            code = new TextField(getTranslation("security.stepup.code"));
            code.setId("step-up-code");
            code.setHelperText(getTranslation("security.stepup.code.help"));
            code.setWidthFull();
            add(code);
            errors.on("security.stepup.error.code", code);
        }
        errors.on("security.stepup.error", password);
        TextField codeField = code;
        FieldErrors shown = errors;
        Button cancel = new Button(getTranslation("security.stepup.cancel"), e -> close());
        cancel.setId("step-up-cancel");
        Button confirm = new Button(getTranslation("security.stepup.confirm"), e -> {
            if (shown.run(() -> users.confirmIdentity(password.getValue(), codeField == null ? null : codeField.getValue()))) {
                close();
                try {
                    action.run();
                } catch (UserMessageException ex) {
                    Notices.error(getTranslation(ex.messageKey(), ex.args()));
                }
            }
        });
        confirm.setId("step-up-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                password.focus();
            }
        });
    }

    /**
     * Runs the action; if its service refuses it for want of a step-up, asks who the user is and runs it again.
     * Anything else the first run throws reaches the caller as before (a message beside its field, say).
     */
    public static void run(Runnable action) {
        try {
            action.run();
        } catch (StepUpRequiredException e) {
            new StepUpDialog(com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                    .getOrCreate(UserService.class), action).open();
        }
    }
}
