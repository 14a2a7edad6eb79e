package se.kompetensresan.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.UserMessageException;
import org.springframework.security.access.AccessDeniedException;

/** Shows a failure as a short translated message; the stack trace goes to the log only. */
class UiErrorHandler implements ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        Throwable cause = t;
        while (cause.getCause() != null && !(cause instanceof UserMessageException) && !(cause instanceof AccessRefusedException)) {
            cause = cause.getCause();
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            LOG.error("error outside a UI", t);
            return;
        }
        String text;
        if (cause instanceof UserMessageException m) {
            text = ui.getTranslation(m.messageKey(), m.args());
        } else if (cause instanceof AccessRefusedException || cause instanceof AccessDeniedException) {
            text = ui.getTranslation("shell.error.refused");
        } else {
            LOG.error("unexpected error in the UI", t);
            text = ui.getTranslation("shell.error.unexpected");
        }
        ui.access(() -> {
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }
}
