package se.kompetensresan.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserStatus;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class UsersViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    @Test
    @SuppressWarnings("unchecked")
    void companyUsersAreShownWithTheirCompanysName() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        CompanyInfo company = fx.company(fx.subproject(), 10);
        String companyUser = fx.user(Role.COMPANY, company.id(), Set.of());
        login(fx.user(Role.ADMIN, null, Set.of()));
        UI.getCurrent().navigate("admin/users");

        Grid<UserStatus> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).account().username().equals(companyUser)) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(grid, row)).contains(company.name());
        assertThat(grid.getColumnByKey("scope").getHeaderText()).isEqualTo("Omfattning");
    }
}
