package se.kompetensresan.training.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.kompetensresan.shared.UserMessageException;

import java.util.Map;

/** Shows a service refusal at the field whose key prefix it matches, otherwise as a notification. */
final class Messages {
    private Messages() {
    }

    static void show(Component owner, UserMessageException ex, Map<String, ? extends HasValidation> fieldsByKeyPrefix) {
        String text = owner.getTranslation(ex.messageKey(), ex.args());
        for (var e : fieldsByKeyPrefix.entrySet()) {
            if (ex.messageKey().startsWith(e.getKey())) {
                e.getValue().setErrorMessage(text);
                e.getValue().setInvalid(true);
                return;
            }
        }
        error(text);
    }

    static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
