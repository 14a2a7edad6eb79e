package se.kompetensresan.engine;

import se.kompetensresan.journey.JourneyFixtures;

import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A failing service task becomes an incident once its retries are used up; an admin sees it and retries it,
 * and the incident is gone when the job then succeeds. The failure: ServiceTask_OpenSurvey runs for a company
 * id that does not exist (the survey service refuses), fixed by setting the right id back.
 */
@SpringBootTest
@ActiveProfiles("test")
class IncidentServiceTest {

    @Autowired
    IncidentService incidents;
    @Autowired
    JourneyService journeys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void failingServiceTaskBecomesAnIncidentThatAnAdminRetries() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 10);
        JourneyFixtures.signIn(fx.user(Role.MANAGER, null, Set.of(c.subprojectId())), Role.MANAGER);
        JourneyInfo j = journeys.start(c.id());
        SecurityContextHolder.clearContext();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        runtime.setVariable(pi, JourneyProcess.Var.COMPANY_ID, -4711L);

        for (int attempt = 0; attempt < 10 && runtime.createIncidentQuery().processInstanceId(pi).count() == 0; attempt++) {
            var job = management.createJobQuery().processInstanceId(pi).singleResult();
            assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(Exception.class);
        }
        assertThat(management.createJobQuery().processInstanceId(pi).singleResult().getRetries()).isZero();

        JourneyFixtures.signIn(fx.user(Role.COACH, null, Set.of(c.subprojectId())), Role.COACH);
        assertThatThrownBy(() -> incidents.openIncidents()).isInstanceOf(AccessRefusedException.class);
        JourneyFixtures.signIn(fx.user(Role.ADMIN, null, Set.of()), Role.ADMIN);
        IncidentInfo incident = incidents.openIncidents().stream().filter(i -> pi.equals(i.processInstanceId()))
                .findFirst().orElseThrow();
        assertThat(incident.caseNumber()).isEqualTo(j.caseNumber());
        assertThat(incident.companyName()).isEqualTo(c.name());
        assertThat(incident.activityId()).isEqualTo(JourneyProcess.SERVICE_OPEN_SURVEY);
        assertThat(incident.message()).isNotBlank();

        runtime.setVariable(pi, JourneyProcess.Var.COMPANY_ID, c.id()); // the fix
        incidents.retry(incident.incidentId());
        var job = management.createJobQuery().processInstanceId(pi).singleResult();
        assertThat(job.getRetries()).isEqualTo(1);
        management.executeJob(job.getId());

        assertThat(incidents.openIncidents()).extracting(IncidentInfo::processInstanceId).doesNotContain(pi);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    }
}
