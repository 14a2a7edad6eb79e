package se.kompetensresan.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * Single sign-on into Cockpit: Spring Security guards {@code /camunda/**} (ADMIN only);
 * behind it Camunda's container-based filter takes the signed-in user from the Spring SecurityContext.
 * On start-up every ADMIN exists in Camunda's identity tables as a member of {@code camunda-admin}.
 */
@Configuration
class CockpitSsoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CockpitSsoConfiguration.class);

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> cockpitSingleSignOnFilter() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("cockpitSingleSignOn");
        registration.setInitParameters(Map.of("authentication-provider",
                SpringSecurityCamundaAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        // after the Spring Security filter chain, which fills the SecurityContext
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * Camunda accepts only [a-zA-Z0-9]+ as user ids by default; our usernames may hold dots, hyphens, @ and
     * underscores (e.g. anna.karlsson).
     */
    @Bean
    ProcessEnginePlugin usernamesAsCamundaUserIds() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setUserResourceWhitelistPattern(USER_ID_PATTERN);
            }
        };
    }

    static final String USER_ID_PATTERN = "[a-zA-Z0-9._@-]+";

    @Bean
    CamundaAdminSync camundaAdminSync(ProcessEngine engine, UserService users) {
        return new CamundaAdminSync(engine, users);
    }

    static class CamundaAdminSync {
        private final ProcessEngine engine;
        private final UserService users;

        CamundaAdminSync(ProcessEngine engine, UserService users) {
            this.engine = engine;
            this.users = users;
        }

        @EventListener(ApplicationReadyEvent.class)
        void syncAdmins() {
            CamundaAdminIdentity.ensureAdminGroup(engine.getIdentityService(), engine.getAuthorizationService());
            var admins = users.byRole(Role.ADMIN);
            for (var a : admins) {
                try {
                    CamundaAdminIdentity.ensureAdminUser(engine.getIdentityService(), a.username(), a.displayName());
                } catch (RuntimeException e) {
                    LOG.warn("Cockpit: cannot register admin {}: {}", a.username(), e.getMessage());
                }
            }
            LOG.info("Cockpit: {} admin user(s) in group {}", admins.size(), CamundaAdminIdentity.ADMIN_GROUP);
        }
    }
}
