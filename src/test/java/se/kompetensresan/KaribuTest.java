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
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import java.util.ArrayList;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.core.userdetails.User;

/**
 * Base class of the browserless view tests (Karibu-Testing) on the full Spring context.
 * {@link #login(String)} signs in as a user that exists in the database (create it with {@link UserService}).
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final List<Class<? extends RouterLayout>> LAYOUTS = new ArrayList<>();
    private static final Routes ROUTES = discoverRoutes();

    /** Karibu's own discovery skips package-private views; ours are package-private by convention. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        for (var bd : scanner.findCandidateComponents("se.kompetensresan")) {
            try {
                Class<?> c = Class.forName(bd.getBeanClassName());
                if (c.getEnclosingClass() != null) {
                    continue; // stand-in routes nested in tests (e.g. SurveyViewTest.InboxStub) register themselves
                }
                if (c.isAnnotationPresent(Layout.class)) {
                    LAYOUTS.add((Class<? extends RouterLayout>) c);
                }
                if (c.isAnnotationPresent(Route.class)) {
                    routes.getRoutes().add((Class<? extends Component>) c);
                }
                // Karibu brings its own not-found and access-denied views, which fail the test with a helpful message
                if (HasErrorParameter.class.isAssignableFrom(c) && !c.getSimpleName().equals("NotFoundView")
                        && !c.getSimpleName().equals("RouteAccessDeniedView")) {
                    routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) c);
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
        var registry = ApplicationRouteRegistry
                .getInstance(VaadinService.getCurrent().getContext());
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
        var details = new User(username, "x", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(details, null, authorities));
        // Vaadin's navigation access checker asks the servlet request for the principal and the roles:
        ServletRequest r = ((VaadinServletRequest)
                VaadinRequest.getCurrent()).getHttpServletRequest();
        while (r instanceof ServletRequestWrapper w) {
            r = w.getRequest();
        }
        var req = (FakeRequest) r;
        req.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        req.setUserInRole((principal, role) -> account.role().name().equals(role) || account.role().authority().equals(role));
        UI.getCurrent().getPage().reload();
    }
}
