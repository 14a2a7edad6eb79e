package se.kompetensresan;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.security.UserService;

import java.util.List;

/**
 * Base class of the browserless view tests (Karibu-Testing) on the full Spring context.
 * {@link #login(String)} signs in as a user that exists in the database (create it with {@link UserService}).
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final java.util.List<Class<? extends com.vaadin.flow.router.RouterLayout>> LAYOUTS = new java.util.ArrayList<>();
    private static final Routes ROUTES = discoverRoutes();

    /** Karibu's own discovery skips package-private views; ours are package-private by convention. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes();
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(com.vaadin.flow.router.Route.class));
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(com.vaadin.flow.router.HasErrorParameter.class));
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(com.vaadin.flow.router.Layout.class));
        for (var bd : scanner.findCandidateComponents("se.kompetensresan")) {
            try {
                Class<?> c = Class.forName(bd.getBeanClassName());
                if (c.getEnclosingClass() != null) {
                    continue; // stand-in routes nested in tests (e.g. SurveyViewTest.InboxStub) register themselves
                }
                if (c.isAnnotationPresent(com.vaadin.flow.router.Layout.class)) {
                    LAYOUTS.add((Class<? extends com.vaadin.flow.router.RouterLayout>) c);
                }
                if (c.isAnnotationPresent(com.vaadin.flow.router.Route.class)) {
                    routes.getRoutes().add((Class<? extends com.vaadin.flow.component.Component>) c);
                }
                // Karibu brings its own not-found and access-denied views, which fail the test with a helpful message
                if (com.vaadin.flow.router.HasErrorParameter.class.isAssignableFrom(c) && !c.getSimpleName().equals("NotFoundView")
                        && !c.getSimpleName().equals("RouteAccessDeniedView")) {
                    routes.getErrorRoutes().add((Class<? extends com.vaadin.flow.router.HasErrorParameter<?>>) c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected UserService userService;

    @BeforeEach
    void setUpVaadin() {
        final Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        // Karibu does not know @Layout: register the main layout the way Vaadin's start-up does
        var registry = com.vaadin.flow.server.startup.ApplicationRouteRegistry
                .getInstance(com.vaadin.flow.server.VaadinService.getCurrent().getContext());
        LAYOUTS.forEach(registry::setLayout);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as the given existing user (role from the database) and reloads the UI. */
    protected void login(String username) {
        var account = userService.findAccount(username).orElseThrow();
        var authorities = List.of(new SimpleGrantedAuthority(account.role().authority()));
        var details = new org.springframework.security.core.userdetails.User(username, "x", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(details, null, authorities));
        // Vaadin's navigation access checker asks the servlet request for the principal and the roles:
        jakarta.servlet.ServletRequest r = ((com.vaadin.flow.server.VaadinServletRequest)
                com.vaadin.flow.server.VaadinRequest.getCurrent()).getHttpServletRequest();
        while (r instanceof jakarta.servlet.ServletRequestWrapper w) {
            r = w.getRequest();
        }
        var req = (com.github.mvysny.fakeservlet.FakeRequest) r;
        req.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        req.setUserInRole((principal, role) -> account.role().name().equals(role) || account.role().authority().equals(role));
        com.vaadin.flow.component.UI.getCurrent().getPage().reload();
    }
}
