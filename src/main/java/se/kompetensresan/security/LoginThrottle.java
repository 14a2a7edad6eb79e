package se.kompetensresan.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Login throttling (ASVS 2.2.1 / 6.3): per account in the database — after
 * {@link SecuritySettings#maxFailedLogins()} failures in a row the account is locked, each further failure doubles
 * the lock ({@link UserService#recordFailedLogin}) — so every node decides the same; per client address in this
 * node's memory — after {@link SecuritySettings#maxFailuresPerAddress()} failures within the window the address
 * may not try again until the window has passed. Every failure and lock is logged (user id and address, never the
 * typed username, which may be an e-mail address).
 */
@Component
class LoginThrottle {

    static final Logger LOG = LoggerFactory.getLogger("se.kompetensresan.security.login");

    private final UserService users;
    private final SecuritySettings settings;
    private final Cache<String, AtomicInteger> failuresByAddress;

    LoginThrottle(UserService users, SecuritySettings settings) {
        this.users = users;
        this.settings = settings;
        this.failuresByAddress = Caffeine.newBuilder().expireAfterWrite(settings.addressWindow())
                .maximumSize(100_000).build();
    }

    boolean addressBlocked(String address) {
        AtomicInteger n = failuresByAddress.getIfPresent(address);
        return n != null && n.get() >= settings.maxFailuresPerAddress();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent e) {
        String address = address(e.getAuthentication().getDetails());
        int fromAddress = failuresByAddress.asMap().computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        Long userId = users.recordFailedLogin(String.valueOf(e.getAuthentication().getName()));
        LOG.warn("sign-in failed: {} from {} ({} failures from this address)",
                userId == null ? "unknown account" : "user " + userId, address, fromAddress);
        if (fromAddress == settings.maxFailuresPerAddress()) {
            LOG.warn("sign-in refused from {} for {}: too many failures", address, settings.addressWindow());
        }
    }

    @EventListener
    void locked(AuthenticationFailureLockedEvent e) {
        LOG.warn("sign-in refused: account locked ({} from {})",
                users.findAccount(e.getAuthentication().getName()).map(u -> "user " + u.id()).orElse("unknown"),
                address(e.getAuthentication().getDetails()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent e) {
        users.recordSuccessfulLogin(e.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails w && w.getRemoteAddress() != null ? w.getRemoteAddress() : "unknown";
    }

    /** Refuses a sign-in POST from a blocked address before the password is even checked. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod())
                        || !request.getRequestURI().substring(request.getContextPath().length()).equals("/login");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (addressBlocked(request.getRemoteAddr())) {
                    LOG.warn("sign-in refused from {}: too many failures", request.getRemoteAddr());
                    response.sendRedirect(request.getContextPath() + "/login?error");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
