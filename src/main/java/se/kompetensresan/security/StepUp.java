package se.kompetensresan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Step-up authentication for high-value actions (ASVS 4.3.3): changing another user's role, scope or status or
 * resetting their two-factor sign-in, the Deltagarförteckning and the register extract (full personnummer), and
 * erasing a participant. The service of each action calls {@link #require}; it passes when the user of the current
 * session gave their password (and their TOTP code, if they have two-factor sign-in) within {@link #FRESH}
 * ({@link UserService#confirmIdentity}). The moment is kept in the HTTP session, bound to the username, so it
 * holds for that session only.
 */
@Component
public class StepUp {

    private static final Logger LOG = LoggerFactory.getLogger("se.kompetensresan.security.tenancy");
    /** How long a step-up lasts. */
    public static final Duration FRESH = Duration.ofMinutes(5);
    static final String AT = StepUp.class.getName() + ".at";

    private final Clock clock;

    StepUp(Clock clock) {
        this.clock = clock;
    }

    /** True when the signed-in user of this session confirmed who they are within {@link #FRESH}. */
    public boolean fresh() {
        String user = signedIn();
        if (user == null) {
            return false;
        }
        return CurrentSession.get().map(s -> s.getAttribute(AT) instanceof String v ? v : null)
                .filter(v -> v.startsWith(user + "\u0000"))
                .map(v -> Instant.ofEpochMilli(Long.parseLong(v.substring(user.length() + 1))))
                .filter(at -> !at.plus(FRESH).isBefore(clock.instant()))
                .isPresent();
    }

    /** Refuses the action (logged) unless the step-up is fresh. */
    public void require(String action) {
        if (!fresh()) {
            LOG.warn("step-up required for {}: refused until the user confirms who they are", action);
            throw new StepUpRequiredException("step-up required for " + action);
        }
    }

    /** The user confirmed who they are: the step-up holds for {@link #FRESH} in this session. */
    void mark(String username) {
        CurrentSession.getOrCreate().orElseThrow(() -> new IllegalStateException("no session to step up"))
                .setAttribute(AT, username + "\u0000" + clock.instant().toEpochMilli());
    }

    private static String signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken
                || a instanceof TwoFactorGate.Pending ? null : a.getName();
    }
}
