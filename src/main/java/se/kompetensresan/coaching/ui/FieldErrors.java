package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.kompetensresan.shared.UserMessageException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's {@link UserMessageException} next to the field it is about: the message keys name
 * the field ({@code coaching.error.session.notes.required} belongs to the notes field). Messages that
 * belong to no field appear as a notification. What the user typed stays.
 */
final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors(Component owner) {
        this.owner = owner;
    }

    /** Messages whose key starts with the prefix are shown at the field. */
    FieldErrors on(String keyPrefix, HasValidation field) {
        fields.put(keyPrefix, field);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    void show(UserMessageException e) {
        String text = owner.getTranslation(e.messageKey(), e.args());
        for (var entry : fields.entrySet()) {
            if (e.messageKey().startsWith(entry.getKey())) {
                entry.getValue().setErrorMessage(text);
                entry.getValue().setInvalid(true);
                return;
            }
        }
        Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
