package se.kompetensresan.security;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends every session of a user (their next request goes to the login page): called when an administrator
 * changes the user's role, scope or status, resets their two-factor sign-in, or the password changes.
 * <p>
 * On every node: the moment is stored with the user ({@code sessions_ended_at}), and {@link EndedSessionFilter}
 * ends a session signed in before it at its next request, whichever node holds it (that node reads the moment at
 * most {@link #RECHECK} late). This node's own sessions end at once through the session registry.
 */
@Component
class SessionTerminator {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTerminator.class);
    /** When a session was signed in (set at its first signed-in request). */
    static final String SIGNED_IN_AT = SessionTerminator.class.getName() + ".signedInAt";
    /** How long a node trusts the moment it read: a change on another node reaches its sessions this late. */
    static final Duration RECHECK = Duration.ofSeconds(2);

    private record Read(Instant endedAt, Instant readAt) {
    }

    private final SessionRegistry registry;
    private final AppUserRepository users;
    private final UserSessionRepository userSessions;
    private final Clock clock;
    private final Map<String, Read> read = new ConcurrentHashMap<>();

    SessionTerminator(SessionRegistry registry, AppUserRepository users, UserSessionRepository userSessions, Clock clock) {
        this.registry = registry;
        this.users = users;
        this.userSessions = userSessions;
        this.clock = clock;
    }

    /** Ends the user's sessions on every node; returns how many this node ended at once. */
    int endSessionsOf(AppUser u) {
        return end(u, null);
    }

    /** Ends the user's sessions on every node except the one of the current request (a password change). */
    int endOtherSessionsOf(AppUser u) {
        HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                ? r.getRequest().getSession(false) : null;
        return end(u, current);
    }

    private int end(AppUser u, HttpSession keep) {
        Instant now = clock.instant();
        u.sessionsEndedAt = now;
        read.remove(key(u.username));
        if (keep != null) {
            keep.setAttribute(SIGNED_IN_AT, now);
            userSessions.deleteOthers(u.id, CurrentSession.hash(keep.getId()));
        } else {
            userSessions.deleteAllOf(u.id);
        }
        int n = expireHere(u.username, id -> keep == null || !id.equals(keep.getId()));
        if (n > 0) {
            LOG.info("ended {} session(s) of user {}", n, u.id);
        }
        return n;
    }

    /** Ends at once this node's sessions of the user whose session id matches; returns how many. */
    int expireHere(String username, java.util.function.Predicate<String> sessionId) {
        int n = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails d ? d.getUsername() : String.valueOf(principal);
            if (name.equalsIgnoreCase(username)) {
                for (SessionInformation s : registry.getAllSessions(principal, false)) {
                    if (sessionId.test(s.getSessionId())) {
                        s.expireNow();
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Whether the user's sessions were ended after this session signed in (read again after {@link #RECHECK}). */
    boolean endedSince(String username, Instant signedInAt) {
        Instant now = clock.instant();
        Read r = read.compute(key(username), (k, old) -> old != null && old.readAt().plus(RECHECK).isAfter(now) ? old
                : new Read(users.sessionsEndedAt(username), now));
        return r.endedAt() != null && signedInAt.isBefore(r.endedAt());
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
