package se.kompetensresan.engine;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.security.Role;

import java.util.List;

/**
 * Cockpit single sign-on: the Camunda webapp trusts the Spring Security session. An ADMIN becomes a member
 * of {@code camunda-admin} (created in the identity tables on first use if the start-up sync missed them).
 * Instantiated by Camunda's {@code ContainerBasedAuthenticationFilter} by class name, hence public.
 */
public class SpringSecurityCamundaAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || auth.getName() == null || auth.getName().isBlank()) {
            return AuthenticationResult.unsuccessful();
        }
        boolean admin = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Role.ADMIN.authority()::equals);
        if (!admin) {
            return AuthenticationResult.unsuccessful(auth.getName());
        }
        CamundaAdminIdentity.ensureAdminUser(engine.getIdentityService(), auth.getName(), null);
        AuthenticationResult result = AuthenticationResult.successful(auth.getName());
        result.setGroups(List.of(CamundaAdminIdentity.ADMIN_GROUP));
        return result;
    }
}
