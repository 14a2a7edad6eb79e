package se.kompetensresan.journey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.StatementCounter;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey lists (the manager's status list and the company register's journey columns) are built in batches:
 * the number of SQL statements does not grow with the number of journeys.
 */
@SpringBootTest
@ActiveProfiles("test")
class JourneyListQueriesTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void listingJourneysTakesAsManyStatementsForFortyAsForFive() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        long sp = fx.subproject();
        List<Long> companyIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CompanyInfo c = fx.company(sp, 10 + i);
            journeys.startAsSystem(c.id());
            companyIds.add(c.id());
        }
        JourneyFixtures.signIn(fx.user(Role.MANAGER, null, Set.of(sp)), Role.MANAGER);

        var forty = StatementCounter.counted(() -> journeys.journeys());
        var registerForty = StatementCounter.counted(() -> journeys.journeysOf(companyIds));
        var registerFive = StatementCounter.counted(() -> journeys.journeysOf(companyIds.subList(0, 5)));

        long sp2 = fx.subproject();
        for (int i = 0; i < 5; i++) {
            journeys.startAsSystem(fx.company(sp2, 10 + i).id());
        }
        JourneyFixtures.signIn(fx.user(Role.MANAGER, null, Set.of(sp2)), Role.MANAGER);
        var five = StatementCounter.counted(() -> journeys.journeys());

        System.out.printf("statements for /journeys: 5 journeys %d, 40 journeys %d; register columns: 5 companies %d, "
                + "40 companies %d%n", five.statements(), forty.statements(), registerFive.statements(),
                registerForty.statements());
        assertThat(forty.result()).hasSize(40);
        assertThat(five.result()).hasSize(5);
        assertThat(registerForty.result()).hasSize(40);
        assertThat(forty.statements()).isEqualTo(five.statements()).isLessThanOrEqualTo(8);
        assertThat(registerForty.statements()).isEqualTo(registerFive.statements()).isLessThanOrEqualTo(8);
    }
}
