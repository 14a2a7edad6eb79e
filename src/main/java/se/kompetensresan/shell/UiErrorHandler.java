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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shows a failure as a short translated message; the stack trace goes to the log only. A save that lost the
 * race against someone else's change (JPA's optimistic lock, {@code @Version}) or a task click that the engine
 * refused because another node or user completed it first (Camunda's {@code OptimisticLockingException}) says so
 * and reloads the view, so the user sees the other change.
 */
class UiErrorHandler implements ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UiErrorHandler.class);
    /** Camunda's type, named only here: the shell module does not depend on the engine. */
    static final String CAMUNDA_OPTIMISTIC_LOCKING = "org.camunda.bpm.engine.OptimisticLockingException";

    static boolean concurrentChange(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OptimisticLockingFailureException || c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof org.hibernate.StaleStateException
                    || isA(c.getClass(), CAMUNDA_OPTIMISTIC_LOCKING)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(Class<?> type, String name) {
        for (Class<?> k = type; k != null; k = k.getSuperclass()) {
            if (k.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

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
        boolean reload = false;
        if (concurrentChange(t)) {
            // someone else (on this node or another) saved the same row or completed the same task first
            LOG.info("concurrent change refused: {}", t.toString());
            text = ui.getTranslation("shell.error.concurrentChange");
            reload = true;
        } else if (cause instanceof UserMessageException m) {
            text = ui.getTranslation(m.messageKey(), m.args());
        } else if (cause instanceof AccessRefusedException || cause instanceof AccessDeniedException) {
            text = ui.getTranslation("shell.error.refused");
        } else {
            LOG.error("unexpected error in the UI", t);
            text = ui.getTranslation("shell.error.unexpected");
        }
        boolean refresh = reload;
        ui.access(() -> {
            if (refresh) {
                ui.refreshCurrentRoute(false);
            }
            Notification n = Notification.show(text, 6000, Notification.Position.MIDDLE);
            if (refresh) {
                n.setId("concurrent-change");
            }
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }
}
