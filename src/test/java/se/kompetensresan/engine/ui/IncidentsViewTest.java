package se.kompetensresan.engine.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.engine.IncidentInfo;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Test
    void adminSeesTheIncidentAndRetriesIt() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 10);
        JourneyInfo j = fx.asAdmin(() -> journeys.start(c.id()));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
        runtime.setVariable(pi, JourneyProcess.Var.COMPANY_ID, -1L);
        String jobId = management.createJobQuery().processInstanceId(pi).singleResult().getId();
        for (int attempt = 0; attempt < 10 && runtime.createIncidentQuery().processInstanceId(pi).count() == 0; attempt++) {
            try {
                management.executeJob(jobId);
            } catch (RuntimeException expected) {
                // the delegate fails; once the retries are used up the engine raises an incident
            }
        }

        login(fx.user(Role.ADMIN, null, Set.of()));
        UI.getCurrent().navigate("admin/incidents");
        IncidentsView v = _get(IncidentsView.class);
        int row = -1;
        for (int i = 0; i < GridKt._size(v.grid); i++) {
            if (pi.equals(GridKt._get(v.grid, i).processInstanceId())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        IncidentInfo incident = GridKt._get(v.grid, row);
        assertThat(GridKt._getFormattedRow(v.grid, row)).contains(j.caseNumber(), c.name(), JourneyProcess.SERVICE_OPEN_SURVEY);

        runtime.setVariable(pi, JourneyProcess.Var.COMPANY_ID, c.id());
        var actions = GridKt._getCellComponent(v.grid, row, "actions");
        _click((Button) actions.getChildren().filter(b -> b.getId().orElse("").equals("incident-retry-" + incident.incidentId()))
                .findFirst().orElseThrow());
        management.executeJob(jobId);
        _click(_get(Button.class, spec -> spec.withId("incidents-reload")));

        for (int i = 0; i < GridKt._size(v.grid); i++) {
            assertThat(GridKt._get(v.grid, i).processInstanceId()).isNotEqualTo(pi);
        }
    }
}
