package se.kompetensresan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The second step of the sign-in. After the password, a user who needs a TOTP code
 * ({@link UserService#needsSecondFactor}) holds, on every request until the code is given, only a
 * {@link Pending} authentication: no role, so no view, service ({@link CurrentUser} refuses it) or Cockpit page is
 * open to them except the two-factor page. The state is kept in the HTTP session, bound to the username.
 */
@Component
public class TwoFactorGate extends OncePerRequestFilter {

    /** The only authority of a user between password and code. */
    public static final String PENDING_AUTHORITY = "TWO_FACTOR_PENDING";
    static final String STATE = TwoFactorGate.class.getName() + ".state";

    private final UserService users;

    TwoFactorGate(UserService users) {
        this.users = users;
    }

    /** The authentication of a user who has given the password but not yet the code. */
    public static final class Pending extends AbstractAuthenticationToken {
        private final Authentication full;

        Pending(Authentication full) {
            super(List.of(new SimpleGrantedAuthority(PENDING_AUTHORITY)));
            this.full = full;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return full.getPrincipal();
        }

        @Override
        public String getName() {
            return full.getName();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken || a instanceof Pending
                || session == null) {
            chain.doFilter(request, response);
            return;
        }
        String state = (String) session.getAttribute(STATE);
        if (state == null || !state.startsWith(a.getName() + "\u0000")) {
            state = a.getName() + "\u0000" + (users.needsSecondFactor(a.getName()) ? "PENDING" : "OK");
            session.setAttribute(STATE, state);
        }
        if (!state.endsWith("\u0000OK")) {
            SecurityContext original = SecurityContextHolder.getContext();
            SecurityContext pending = SecurityContextHolder.createEmptyContext();
            pending.setAuthentication(new Pending(a));
            SecurityContextHolder.setContext(pending);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.setContext(original);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** True when the current request's user has given the password but not yet the code. */
    public static boolean pending() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Pending;
    }

    /** The username of the pending sign-in, if any. */
    public static java.util.Optional<String> pendingUsername() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof Pending p
                ? java.util.Optional.of(p.getName()) : java.util.Optional.empty();
    }

    /** Opens the session fully after a correct code (the two-factor view calls it). */
    public static void markVerified(HttpSession session, String username) {
        session.setAttribute(STATE, username + "\u0000OK");
    }
}
