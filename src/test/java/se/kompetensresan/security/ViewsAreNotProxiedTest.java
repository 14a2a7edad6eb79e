package se.kompetensresan.security;

import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vaadin creates a view through Spring at every navigation. No Spring advisor (method security, transactions) may
 * apply to a view or layout: it would make each one a CGLIB proxy, intercept every method call, and match every
 * advisor against the view's hundreds of methods at each navigation. Access to views is Vaadin's navigation access
 * control ({@code @RolesAllowed}, read by Vaadin); the services check roles themselves.
 */
@SpringBootTest
@ActiveProfiles("test")
class ViewsAreNotProxiedTest {

    @Autowired
    ApplicationContext ctx;

    @Test
    void noAdvisorAppliesToAnyViewOrLayout() throws Exception {
        List<Advisor> advisors = List.copyOf(ctx.getBeansOfType(Advisor.class).values());
        assertThat(advisors).as("the method security and transaction advisors").isNotEmpty();

        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        List<String> advised = new ArrayList<>();
        int views = 0;
        for (var candidate : scanner.findCandidateComponents("se.kompetensresan.")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            if (view.getName().contains("Test")) {
                continue;
            }
            views++;
            List<Advisor> applying = AopUtils.findAdvisorsThatCanApply(advisors, view);
            if (!applying.isEmpty()) {
                advised.add(view.getSimpleName() + " " + applying.stream().map(a -> a.getAdvice().getClass().getSimpleName()).toList());
            }
        }
        assertThat(views).as("views and layouts found").isGreaterThan(40);
        assertThat(advised).as("views or layouts that Spring would proxy").isEmpty();
    }
}
