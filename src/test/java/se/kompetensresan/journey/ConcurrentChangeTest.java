package se.kompetensresan.journey;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two people (on one node or two) change the same thing at once: the later save does not silently overwrite the
 * earlier one, and a task completed twice is done once, the second click getting a clear message.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentChangeTest {

    /** The entities two people can edit at once (plan, action, attendance month, company, project, …). */
    static final List<String> EDITABLE = List.of("Project", "Subproject", "Company", "DevelopmentPlan",
            "PlannedActivity", "CoachingSession", "TrainingActivity", "ParticipantMonth", "Participant", "TrainingCourse", "SurveyResponse",
            "Questionnaire");

    @Autowired
    ApplicationContext ctx;
    @Autowired
    EntityManagerFactory emf;
    @Autowired
    PlatformTransactionManager txManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    TaskInbox inbox;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyEditableEntityHasAnOptimisticLock() {
        for (String name : EDITABLE) {
            EntityType<?> type = emf.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no entity " + name));
            assertThat(type.hasVersionAttribute()).as(name + " has @Version").isTrue();
        }
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeFailsInsteadOfOverwritingIt() throws Exception {
        CompanyInfo c = new JourneyFixtures(users, projects, companies).company(new JourneyFixtures(users, projects, companies).subproject(), 12);
        Class<?> company = emf.getMetamodel().getEntities().stream().filter(e -> e.getName().equals("Company"))
                .findFirst().orElseThrow().getJavaType();
        var name = company.getDeclaredField("name");
        name.setAccessible(true);

        assertThatThrownBy(() -> new TransactionTemplate(txManager).executeWithoutResult(s -> {
            var em = org.springframework.orm.jpa.EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
            Object mine = em.find(company, c.id());
            // meanwhile someone else saves the company (another request, another node): its own transaction
            TransactionTemplate other = new TransactionTemplate(txManager);
            other.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
            other.executeWithoutResult(o -> jdbc.update(
                    "update company set name = 'Deras namn', row_version = row_version + 1 where id = ?", c.id()));
            try {
                name.set(mine, "Mitt namn");
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            em.flush();
        })).isInstanceOf(jakarta.persistence.OptimisticLockException.class);
        assertThat(jdbc.queryForObject("select name from company where id = ?", String.class, c.id())).isEqualTo("Deras namn");
    }

    @Test
    void aTaskCompletedByTwoCoachesAtOnceIsDoneOnceAndTheSecondHearsSo() {
        var fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 12);
        JourneyWalker walk = new JourneyWalker(ctx);
        JourneyInfo j = walk.startAt(fx, c, Map.of(), JourneyProcess.TASK_CONTACT_COMPANY);
        String task = walk.taskId(walk.processInstance(j), JourneyProcess.TASK_CONTACT_COMPANY);
        String coach = fx.user(Role.COACH, null, Set.of(c.subprojectId()));
        JourneyFixtures.signIn(coach, Role.COACH);

        inbox.completeContact(task, "Ringde, de svarar i veckan");

        assertThatThrownBy(() -> inbox.completeContact(task, "Ringde också"))
                .isInstanceOf(UserMessageException.class).hasMessage("journey.error.taskDone");
    }
}
