package se.kompetensresan.journey;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every user task of the journey gets a due date from the settings: coach tasks and company tasks alike. */
class BpmnDueDatesTest {

    @Test
    void everyUserTaskHasADueDateFromTheSettings() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/processes/CompetenceJourney.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            var userTasks = model.getModelElementsByType(UserTask.class);
            assertThat(userTasks).hasSize(13).allSatisfy(t -> {
                String expected = "COACH".equals(t.getCamundaCandidateGroups())
                        ? "${journeySettings.coachTaskDue}" : "${journeySettings.companyTaskDue}";
                assertThat(t.getCamundaDueDate()).as(t.getId()).isEqualTo(expected);
            });
        }
    }
}
