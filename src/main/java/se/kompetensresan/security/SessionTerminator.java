package se.kompetensresan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a user (their next request goes to the login page): called when an administrator
 * changes the user's role, scope or status, resets their two-factor sign-in, or the password changes.
 * The registry is this node's; a cluster needs a shared session store (see README, issue 12).
 */
@Component
class SessionTerminator {

    private static final Logger LOG = LoggerFactory.getLogger(SessionTerminator.class);

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Expires the user's sessions; returns how many there were. */
    int endSessionsOf(long userId, String username) {
        int n = 0;
        for (Object principal : registry.getAllPrincipals()) {
            String name = principal instanceof UserDetails d ? d.getUsername() : String.valueOf(principal);
            if (name.equalsIgnoreCase(username)) {
                for (SessionInformation s : registry.getAllSessions(principal, false)) {
                    s.expireNow();
                    n++;
                }
            }
        }
        if (n > 0) {
            LOG.info("ended {} session(s) of user {}", n, userId);
        }
        return n;
    }
}
