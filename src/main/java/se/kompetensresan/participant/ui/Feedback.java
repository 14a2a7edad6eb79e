package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.UserMessageException;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Service refusals beside the field whose key prefix matches (else a notification), success notices, numeric route
 * ids. (A copy for this module until {@code shared.ui} is on main; then this goes.)
 */
final class Feedback {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

    private Feedback() {
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

    static void clear(HasValidation... fields) {
        for (HasValidation f : fields) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    /** A numeric id from the route; anything else is treated like a foreign id (not-found page). */
    static long routeId(BeforeEnterEvent event, String name) {
        String s = event.getRouteParameters().get(name).orElse("");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new AccessRefusedException("bad " + name + ": " + s);
        }
    }
}
