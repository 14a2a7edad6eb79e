package se.kompetensresan.security;

import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * Reads an id from a view's route. Anything that is not a well-formed id is treated like a foreign id: an
 * {@link AccessRefusedException}, so the user sees the same refusal page (and the tenancy log gets a line).
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** A numeric id (1 to 18 digits). */
    public static long number(BeforeEnterEvent event, String name) {
        String s = event.getRouteParameters().get(name).orElse("");
        if (!s.matches("\\d{1,18}")) {
            throw new AccessRefusedException("bad " + name + ": " + abbreviate(s));
        }
        return Long.parseLong(s);
    }

    /** A textual id such as a task id (letters, digits and dashes, at most 64). */
    public static String text(BeforeEnterEvent event, String name) {
        String s = event.getRouteParameters().get(name).orElse("");
        if (!s.matches("[A-Za-z0-9-]{1,64}")) {
            throw new AccessRefusedException("bad " + name + ": " + abbreviate(s));
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
