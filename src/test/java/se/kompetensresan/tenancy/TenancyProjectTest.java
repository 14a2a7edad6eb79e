package se.kompetensresan.tenancy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A manager changes only their own project: adding a delprojekt to another project is refused, logged and has no effect. */
@SpringBootTest
@ActiveProfiles("test")
class TenancyProjectTest {

    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    JourneyFixtures fx;
    ProjectInfo projectA;
    String managerA;
    String managerB;
    String coachA;

    @BeforeEach
    void setUp() {
        fx = new JourneyFixtures(users, projects, companies);
        long a1 = fx.subproject();
        long b1 = fx.subproject();
        projectA = projects.project(projects.subproject(a1).orElseThrow().projectId()).orElseThrow();
        managerA = fx.user(Role.MANAGER, null, Set.of(a1));
        managerB = fx.user(Role.MANAGER, null, Set.of(b1));
        coachA = fx.user(Role.COACH, null, Set.of(a1));
        log.start();
        ((Logger) LoggerFactory.getLogger(TenancyMatrixTest.TENANCY_LOGGER)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(TenancyMatrixTest.TENANCY_LOGGER)).detachAppender(log);
        SecurityContextHolder.clearContext();
    }

    private SubprojectInfo addDelprojekt(long projectId) {
        return projects.createSubproject(projectId, JourneyFixtures.unique("Delprojekt"), "Kommun", List.of("1883"), 10);
    }

    @Test
    void aManagerOfAnotherProjectCannotAddADelprojektToIt() {
        int before = projects.subprojectsOf(projectA.id()).size();
        JourneyFixtures.signIn(managerB, Role.MANAGER);
        log.list.clear();
        assertThat(catchThrowable(() -> addDelprojekt(projectA.id()))).isInstanceOf(AccessRefusedException.class);
        assertThat(log.list).anyMatch(e -> e.getLevel() == Level.WARN);
        assertThat(projects.subprojectsOf(projectA.id())).hasSize(before);
    }

    @Test
    void aCoachOrACompanyUserCannotAddADelprojektAtAll() {
        int before = projects.subprojectsOf(projectA.id()).size();
        JourneyFixtures.signIn(coachA, Role.COACH);
        assertThat(catchThrowable(() -> addDelprojekt(projectA.id()))).isInstanceOf(AccessDeniedException.class);
        assertThat(projects.subprojectsOf(projectA.id())).hasSize(before);
    }

    @Test
    void anUnknownProjectIsRefusedEvenForAnAdmin() {
        fx.asAdmin(() -> {
            log.list.clear();
            assertThat(catchThrowable(() -> addDelprojekt(9_999_999L))).isInstanceOf(AccessRefusedException.class);
            assertThat(log.list).anyMatch(e -> e.getLevel() == Level.WARN);
            return null;
        });
    }

    @Test
    void theProjectsOwnManagerAddsADelprojektAndSoDoesAManagerToTheNewProjectTheyCreated() {
        JourneyFixtures.signIn(managerA, Role.MANAGER);
        assertThat(addDelprojekt(projectA.id()).projectId()).isEqualTo(projectA.id());
        ProjectInfo fresh = projects.createProject(new ProjectInfo(0, JourneyFixtures.unique("Nytt projekt"), null, "Region",
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31), BigDecimal.ONE, BigDecimal.ONE, 10, 40,
                BigDecimal.TEN, 3));
        assertThat(addDelprojekt(fresh.id()).projectId()).isEqualTo(fresh.id());
    }
}
