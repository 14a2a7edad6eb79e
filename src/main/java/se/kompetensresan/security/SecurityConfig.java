package se.kompetensresan.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two filter chains: Camunda's webapps (Cockpit) for ADMIN only, and the Vaadin application.
 * The engine REST API is not deployed at all; {@code /engine-rest/**} is still closed here in case
 * somebody adds it.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher("/camunda/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .csrf(c -> c.disable()) // Camunda's webapps have their own CSRF prevention filter
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> res.setStatus(HttpServletResponse.SC_UNAUTHORIZED),
                                paths.matcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                (req, res, ex) -> res.setStatus(HttpServletResponse.SC_UNAUTHORIZED),
                                paths.matcher("/engine-rest/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                paths.matcher("/camunda/**")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(a -> a
                .requestMatchers(paths.matcher("/webjars/**"), paths.matcher("/images/**")).permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView("/login", "/login?logout"));
        return http.build();
    }
}
