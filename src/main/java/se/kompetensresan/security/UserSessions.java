package se.kompetensresan.security;

import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in sessions of each user, kept in the database so that every node sees them (ASVS 3.3.4): a row is
 * written at a session's first signed-in request ({@link EndedSessionFilter}), its last activity at most once a
 * {@link #TOUCH}, and it goes when the session is signed out or expires (or, if its node went away, after the idle
 * timeout). On <em>Mitt konto</em> the user sees their own sessions and ends any other: the row goes, and the node
 * holding that session ends it at its next request (that node reads the row at most {@link SessionTerminator#RECHECK}
 * late); on this node it ends at once. Only the SHA-256 of a session id is stored.
 */
@Service
public class UserSessions {

    private static final Logger LOG = LoggerFactory.getLogger(UserSessions.class);
    /** How often the last activity of a session is written. */
    static final Duration TOUCH = Duration.ofMinutes(1);
    /** When this node last found the session's row (it reads it again after {@link SessionTerminator#RECHECK}). */
    static final String CHECKED_AT = UserSessions.class.getName() + ".checkedAt";

    private final UserSessionRepository sessions;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final SessionTerminator terminator;
    private final Clock clock;
    private final Duration idleTimeout;

    UserSessions(UserSessionRepository sessions, AppUserRepository users, CurrentUser currentUser,
                 SessionTerminator terminator, Clock clock,
                 @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.sessions = sessions;
        this.users = users;
        this.currentUser = currentUser;
        this.terminator = terminator;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The first signed-in request of a session: its row (once; a second request racing it finds the row). */
    @Transactional
    void signedIn(String username, HttpSession session, String userAgent, String address) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElse(null);
        String hash = CurrentSession.hash(session.getId());
        if (u == null || sessions.findBySessionHash(hash).isPresent()) {
            return;
        }
        UserSession s = new UserSession();
        s.userId = u.id;
        s.sessionHash = hash;
        s.signedInAt = clock.instant();
        s.lastSeenAt = s.signedInAt;
        s.device = SessionDevice.describe(userAgent);
        s.address = SessionDevice.maskedAddress(address);
        sessions.save(s);
        session.setAttribute(CHECKED_AT, s.signedInAt);
    }

    /**
     * Whether the session still has its row, i.e. was not ended from another session (read again after
     * {@link SessionTerminator#RECHECK}); writes its last activity at most once a {@link #TOUCH}.
     */
    @Transactional
    boolean alive(HttpSession session) {
        Instant now = clock.instant();
        Instant checked = (Instant) session.getAttribute(CHECKED_AT);
        if (checked != null && checked.plus(SessionTerminator.RECHECK).isAfter(now)) {
            return true;
        }
        Optional<UserSession> row = sessions.findBySessionHash(CurrentSession.hash(session.getId()));
        if (row.isEmpty()) {
            return false;
        }
        session.setAttribute(CHECKED_AT, now);
        if (row.get().lastSeenAt.plus(TOUCH).isBefore(now)) {
            sessions.touch(row.get().id, now);
        }
        return true;
    }

    /** Signed out or expired: the row goes. */
    @EventListener
    @Transactional
    public void destroyed(HttpSessionDestroyedEvent e) {
        sessions.deleteBySessionHash(CurrentSession.hash(e.getId()));
    }

    /** The container gave the session a new id (session-fixation protection): the row follows it. */
    @EventListener
    @Transactional
    public void idChanged(HttpSessionIdChangedEvent e) {
        sessions.findBySessionHash(CurrentSession.hash(e.getOldSessionId()))
                .ifPresent(s -> s.sessionHash = CurrentSession.hash(e.getNewSessionId()));
    }

    /** The signed-in user's own sessions, the latest active first; the one asking is marked {@code current}. */
    @Transactional
    public List<SessionInfo> mine() {
        UserAccount me = currentUser.require();
        sessions.deleteIdleSince(clock.instant().minus(idleTimeout).minus(TOUCH));
        String current = currentHash();
        return sessions.findByUserIdOrderByLastSeenAtDesc(me.id()).stream()
                .map(s -> new SessionInfo(s.id, s.signedInAt, s.lastSeenAt, s.device, s.address,
                        s.sessionHash.equals(current)))
                .toList();
    }

    /**
     * Ends one of the signed-in user's other sessions (its next request goes to the login page, on whichever
     * node). Another user's session is refused and logged; the current one is signed out with the logout button.
     */
    @Transactional
    public void end(long sessionId) {
        UserAccount me = currentUser.require();
        UserSession s = sessions.findById(sessionId).filter(x -> x.userId == me.id())
                .orElseThrow(() -> currentUser.refused("user " + me.id() + " tried to end session " + sessionId));
        if (s.sessionHash.equals(currentHash())) {
            throw new se.kompetensresan.shared.UserMessageException("security.sessions.error.current");
        }
        sessions.delete(s);
        terminator.expireHere(me.username(), id -> CurrentSession.hash(id).equals(s.sessionHash));
        LOG.info("user {} ended one of their other sessions", me.id());
    }

    /** Ends every session of the signed-in user but the current one; returns how many. */
    @Transactional
    public int endOthers() {
        UserAccount me = currentUser.require();
        String current = currentHash();
        int n = current == null ? sessions.deleteAllOf(me.id()) : sessions.deleteOthers(me.id(), current);
        terminator.expireHere(me.username(), id -> !CurrentSession.hash(id).equals(current));
        LOG.info("user {} ended {} other session(s)", me.id(), n);
        return n;
    }

    private static String currentHash() {
        return CurrentSession.get().map(s -> CurrentSession.hash(s.getId())).orElse(null);
    }
}
