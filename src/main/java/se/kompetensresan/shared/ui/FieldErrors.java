package se.kompetensresan.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import se.kompetensresan.shared.UserMessageException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's {@link UserMessageException} next to the field it is about: the message keys name the field
 * ({@code coaching.error.session.notes.required} belongs to the notes field, registered with the prefix
 * {@code coaching.error.session.notes}). A message that belongs to no field appears as an error notice. What the
 * user typed stays.
 */
public final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors(Component owner) {
        this.owner = owner;
    }

    /** A form whose every message belongs to the one field. */
    public static FieldErrors of(Component owner, HasValidation field) {
        return new FieldErrors(owner).on("", field);
    }

    /** Messages whose key starts with the prefix are shown at the field (the first matching prefix wins). */
    public FieldErrors on(String keyPrefix, HasValidation field) {
        fields.put(keyPrefix, field);
        return this;
    }

    /** Takes every message off the fields. */
    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Clears the fields and shows the message at its field, else as an error notice. */
    public void show(UserMessageException e) {
        clear();
        String text = owner.getTranslation(e.messageKey(), e.args());
        for (var entry : fields.entrySet()) {
            if (e.messageKey().startsWith(entry.getKey())) {
                entry.getValue().setErrorMessage(text);
                entry.getValue().setInvalid(true);
                return;
            }
        }
        Notices.error(text);
    }

    /**
     * Shows the message at the field unless the field already shows one (a form that reports several problems
     * at once shows the first per field); does nothing for a null field.
     */
    public void showAt(HasValidation field, String messageKey, Object... args) {
        if (field != null && !field.isInvalid()) {
            field.setErrorMessage(owner.getTranslation(messageKey, args));
            field.setInvalid(true);
        }
    }

    /** Runs the action; a refusal is shown at its field and {@code false} returned. */
    public boolean run(Runnable action) {
        try {
            action.run();
            clear();
            return true;
        } catch (UserMessageException e) {
            show(e);
            return false;
        }
    }
}
