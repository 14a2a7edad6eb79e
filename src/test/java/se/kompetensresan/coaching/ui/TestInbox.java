package se.kompetensresan.coaching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.UI;

/**
 * Stands in for the journey module's task inbox in view tests: views navigate to "inbox" after an action.
 * Registered only when no real view owns the path, so it gives way to the inbox once that exists.
 */
@PermitAll
public class TestInbox extends Div {

    public static void register() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        if (routes.getRoute("inbox").isEmpty()) {
            routes.setRoute("inbox", TestInbox.class);
        }
    }

    /** True when the UI shows the inbox (the stand-in or the real one). */
    public static boolean shown() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath().equals("inbox");
    }
}
