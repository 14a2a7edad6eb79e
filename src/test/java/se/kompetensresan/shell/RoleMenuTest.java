package se.kompetensresan.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;

import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import com.vaadin.flow.component.grid.Grid;
import org.assertj.core.api.Assertions;

/** Each role sees only its own menu, and a hidden view stays closed when its URL is typed. */
class RoleMenuTest extends KaribuTest {

    private List<String> menuAs(String username, Role role) {
        if (!userService.exists(username)) {
            userService.create(new UserForm(username, "pw", "Menu " + role, null, role, role == Role.COMPANY ? 424242L : null, Set.of()));
        }
        login(username);
        UI.getCurrent().navigate("");
        return _get(SideNav.class, s -> s.withId("main-menu")).getItems().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void companyUserSeesNeitherProjectsNorUsers() {
        List<String> menu = menuAs("menu-company", Role.COMPANY);
        assertThat(menu).doesNotContain("projects", "admin/users");
    }

    @Test
    void managerSeesProjectsButNotUsers() {
        List<String> menu = menuAs("menu-manager", Role.MANAGER);
        assertThat(menu).contains("projects").doesNotContain("admin/users");
    }

    @Test
    void adminSeesProjectsAndUsers() {
        assertThat(menuAs("menu-admin", Role.ADMIN)).contains("projects", "admin/users");
    }

    @Test
    void companyUserCannotOpenTheUsersViewByUrl() {
        menuAs("menu-company", Role.COMPANY);
        // Karibu's stand-in for the access-denied page fails the rendering, where the app shows RouteAccessDeniedView;
        // had the view opened, finding its grid would succeed and nothing would be thrown
        Throwable refused = Assertions.catchThrowable(() -> {
            UI.getCurrent().navigate("admin/users");
            _get(Grid.class, s -> s.withId("users-grid"));
        });
        assertThat(refused).isNotNull().hasMessageContaining("AccessDenied");
    }
}
