package se.kompetensresan.training.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import se.kompetensresan.security.AccessRefusedException;

/** Reads a numeric id from the route; anything else is treated like a foreign id (not-found page). */
final class RouteIds {
    private RouteIds() {
    }

    static long require(BeforeEnterEvent event, String name) {
        String s = event.getRouteParameters().get(name).orElse("");
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new AccessRefusedException("bad " + name + ": " + s);
        }
    }
}
