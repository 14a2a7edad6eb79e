package se.kompetensresan.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Arrays;

/**
 * The signed-in user and the tenant checks every service makes before it reads or changes data.
 * A refused attempt is logged (logger {@code se.kompetensresan.security.tenancy}) and raises
 * {@link AccessRefusedException}.
 */
@Component
public class CurrentUser {

    private static final Logger TENANCY_LOG = LoggerFactory.getLogger("se.kompetensresan.security.tenancy");

    private final UserService users;

    CurrentUser(UserService users) {
        this.users = users;
    }

    public Optional<UserAccount> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (auth instanceof TwoFactorGate.Pending) {
            // password given, code not yet: no service may treat this as a user (nor as the process, which has none)
            throw refused("second factor not given yet");
        }
        return users.findAccount(auth.getName());
    }

    public UserAccount require() {
        return get().orElseThrow(() -> refused("no signed-in user"));
    }

    /** Refuses unless the current user may see the company (which belongs to the given delprojekt). */
    public UserAccount requireCompanyAccess(long companyId, Long subprojectId) {
        UserAccount u = require();
        if (!u.canSee(companyId, subprojectId)) {
            throw refused("user " + u.id() + " (" + u.role() + ") tried to reach company " + companyId);
        }
        return u;
    }

    /** Refuses unless the current user has one of the roles. */
    public UserAccount requireRole(Role... roles) {
        UserAccount u = require();
        for (Role r : roles) {
            if (u.role() == r) {
                return u;
            }
        }
        throw refused("user " + u.id() + " (" + u.role() + ") lacks role " + java.util.Arrays.toString(roles));
    }

    /** Logs a refused attempt and returns the exception to throw. */
    public AccessRefusedException refused(String what) {
        TENANCY_LOG.warn("access refused: {}", what);
        return new AccessRefusedException(what, true);
    }
}
