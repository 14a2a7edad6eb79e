package se.kompetensresan.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The HTTP session of the current request: from Spring's request context (every HTTP request, Vaadin's included),
 * else from the Vaadin session of the thread. Empty outside a request (a background job has no session).
 */
final class CurrentSession {

    private CurrentSession() {
    }

    static Optional<HttpSession> get() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r) {
            return Optional.ofNullable(r.getRequest().getSession(false));
        }
        VaadinSession v = VaadinSession.getCurrent();
        return v != null && v.getSession() instanceof WrappedHttpSession w ? Optional.of(w.getHttpSession()) : Optional.empty();
    }

    /** The current request's session, made if it has none yet (a signed-in request always has one). */
    static Optional<HttpSession> getOrCreate() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r) {
            return Optional.of(r.getRequest().getSession(true));
        }
        return get();
    }

    /** The client address of the current request, or "unknown". */
    static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r) {
            return r.getRequest().getRemoteAddr();
        }
        var v = com.vaadin.flow.server.VaadinRequest.getCurrent();
        return v != null && v.getRemoteAddr() != null ? v.getRemoteAddr() : "unknown";
    }

    /** What is stored of a session id: its SHA-256 (the id itself would let a reader of the table take the session). */
    static String hash(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
