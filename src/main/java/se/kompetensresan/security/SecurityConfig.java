package se.kompetensresan.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains: Camunda's webapps (Cockpit only) for ADMIN only, and the Vaadin application.
 * The engine REST API is not deployed at all; {@code /engine-rest/**} is still closed here in case
 * somebody adds it. Camunda's Tasklist and Admin webapps answer 404 before any chain runs.
 * Both chains write the same security headers ({@link #hardenHeaders}); HSTS is written on HTTPS requests,
 * which behind a TLS proxy needs {@code server.forward-headers-strategy} (set in the prod profile).
 */
@Configuration
// @PreAuthorize on service methods only. No jsr250Enabled: @RolesAllowed and @PermitAll are on the views, for Vaadin's
// navigation access control, which reads them itself; with JSR-250 method security on, Spring made every view a CGLIB
// proxy with an authorization interceptor on each of its methods, and matched every advisor against a view's
// hundreds of methods at each navigation (two thirds of the server time of a view test). ViewsAreNotProxiedTest
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What Vaadin Flow 24 needs: its bootstrap page and {@code executeJs} use inline scripts and
     * {@code new Function}, its components inline styles; everything else comes from this origin.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    /** Camunda webapps and API paths that are never served (Cockpit is the only webapp). */
    static final String[] CAMUNDA_NOT_SERVED = {"/camunda/app/tasklist/*", "/camunda/app/admin/*",
            "/camunda/app/welcome/*", "/camunda/api/tasklist/*", "/camunda/api/admin/setup/*"};

    /** The check of ended sessions runs inside the chains only, not as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<EndedSessionFilter> endedSessionFilterRegistration(
            EndedSessionFilter filter) {
        var r = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(filter);
        r.setEnabled(false);
        return r;
    }

    /** The gate runs inside the chains only, not as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<TwoFactorGate> twoFactorGateRegistration(TwoFactorGate gate) {
        var r = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(gate);
        r.setEnabled(false);
        return r;
    }

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(settings.passwordHashCost()));
        return new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt", encoders);
    }

    /** The sessions of every signed-in user, so that a change of role or status ends them ({@link SessionTerminator}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    ServletListenerRegistrationBean<HttpSessionEventPublisher> httpSessionEventPublisher() {
        return new ServletListenerRegistrationBean<>(new HttpSessionEventPublisher());
    }

    /** Tasklist, Admin and the welcome page of Camunda: 404 for everyone, admins included (first filter of the chain). */
    static final class CamundaWebappsNotServed extends OncePerRequestFilter {
        private final org.springframework.security.web.util.matcher.RequestMatcher notServed;

        CamundaWebappsNotServed() {
            var paths = PathPatternRequestMatcher.withDefaults();
            notServed = new org.springframework.security.web.util.matcher.OrRequestMatcher(
                    java.util.Arrays.stream(CAMUNDA_NOT_SERVED).map(p -> (org.springframework.security.web.util.matcher.RequestMatcher)
                            paths.matcher(p.replace("/*", "/**"))).toList());
        }

        @Override
        protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws java.io.IOException, jakarta.servlet.ServletException {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (notServed.matches(request) || java.util.Arrays.stream(CAMUNDA_NOT_SERVED)
                    .anyMatch(p -> path.equals(p.substring(0, p.length() - 2)))) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static void hardenHeaders(HttpSecurity http, boolean withCsp) throws Exception {
        http.headers(h -> {
            h.contentTypeOptions(Customizer.withDefaults());
            h.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
            h.httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
            h.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
            h.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
            if (withCsp) {
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY));
            }
        });
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http, SessionRegistry sessions, TwoFactorGate twoFactor,
                                           EndedSessionFilter endedSessions) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .csrf(c -> c.disable()) // Camunda's webapps have their own CSRF prevention filter
                .sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> res.setStatus(HttpServletResponse.SC_UNAUTHORIZED),
                                paths.matcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> res.setStatus(HttpServletResponse.SC_UNAUTHORIZED),
                                paths.matcher("/engine-rest/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                paths.matcher("/camunda/**")));
        http.addFilterBefore(endedSessions, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.addFilterBefore(twoFactor, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.addFilterBefore(new CamundaWebappsNotServed(),
                org.springframework.security.web.session.DisableEncodeUrlFilter.class);
        // Cockpit sends its own Content-Security-Policy (Camunda's HeaderSecurityFilter)
        hardenHeaders(http, false);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, SessionRegistry sessions, LoginThrottle throttle,
                                          TwoFactorGate twoFactor, EndedSessionFilter endedSessions) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.addFilterBefore(throttle.filter(),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(a -> a
                .requestMatchers(paths.matcher("/webjars/**"), paths.matcher("/images/**"),
                        paths.matcher("/favicon.ico"), paths.matcher("/favicon.svg")).permitAll()
                // the app's own error page (shell's ErrorPageController), e.g. after Cockpit refused a coach
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.addFilterBefore(endedSessions, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.addFilterBefore(twoFactor, org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.sessionManagement(s -> s.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login"));
        hardenHeaders(http, true);
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView("/login", "/login?logout"));
        return http.build();
    }
}
