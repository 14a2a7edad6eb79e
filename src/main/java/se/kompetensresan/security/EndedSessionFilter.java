package se.kompetensresan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/**
 * Ends a session whose user's sessions were ended after it signed in, on whichever node it lives
 * ({@link SessionTerminator}): the session is invalidated and the request sent to the login page, as Spring
 * Security does with a session expired in this node's registry. It also ends a session its user ended from another
 * one ({@link UserSessions}: its row is gone), and writes the row of a session at its first signed-in request.
 */
@Component
class EndedSessionFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EndedSessionFilter.class);

    private final SessionTerminator sessions;
    private final UserSessions userSessions;
    private final Clock clock;

    EndedSessionFilter(SessionTerminator sessions, UserSessions userSessions, Clock clock) {
        this.sessions = sessions;
        this.userSessions = userSessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)) {
            Instant signedInAt = (Instant) session.getAttribute(SessionTerminator.SIGNED_IN_AT);
            if (signedInAt == null) {
                session.setAttribute(SessionTerminator.SIGNED_IN_AT, clock.instant());
                try {
                    userSessions.signedIn(a.getName(), session, request.getHeader("User-Agent"), request.getRemoteAddr());
                } catch (org.springframework.dao.DataIntegrityViolationException raced) {
                    // a parallel first request of the same session wrote the row
                }
            } else if (sessions.endedSince(a.getName(), signedInAt) || !userSessions.alive(session)) {
                LOG.info("a session ended by a change of its user's account or by its user (on this node or another) was closed");
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
