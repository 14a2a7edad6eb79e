package se.kompetensresan.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.mvysny.kaributesting.v10.LocatorJ;

class ShellViewsTest extends KaribuTest {

    private void ensureUser(String username, Role role) {
        if (!userService.exists(username)) {
            userService.create(new UserForm(username, "secret", "Test " + role, null, role, null, Set.of()));
        }
    }

    @Test
    void anonymousVisitorDoesNotSeeTheStartPage() {
        UI.getCurrent().navigate("");
        LocatorJ._assertNone(HomeView.class);
    }

    @Test
    void signedInUserSeesHomeWithGreetingAndMenu() {
        ensureUser("shell-admin", Role.ADMIN);
        login("shell-admin");
        UI.getCurrent().navigate("");
        _get(HomeView.class);
        SideNav nav = _get(SideNav.class, spec -> spec.withId("main-menu"));
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).contains("Start");
    }
}
