package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;

import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The coach's "Kontakta företaget" task: a note is required; with it the task is done and recorded. */
class ContactCompanyViewTest extends KaribuTest {

    @Autowired
    JourneyService journeys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void contactNeedsANoteAndThenCompletesTheTask() {
        JourneyFixtures fx = new JourneyFixtures(userService, projects, companies);
        long sp = fx.subproject();
        CompanyInfo company = fx.company(sp, 15);
        JourneyInfo journey = new JourneyViewTestSupport(fx, ctx)
                .startAt(company, JourneyProcess.TASK_CONTACT_COMPANY, Map.of());
        String coach = fx.user(Role.COACH, null, Set.of(sp));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
        String taskId = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(JourneyProcess.TASK_CONTACT_COMPANY)
                .singleResult().getId();

        login(coach);
        UI.getCurrent().navigate("journey/task/" + taskId);
        _click(_get(Button.class, s -> s.withId("contact-done")));
        TextArea note = _get(TextArea.class, s -> s.withId("contact-note"));
        assertThat(note.isInvalid()).as("an empty note is refused beside the field").isTrue();
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        _setValue(note, "Ringde VD:n, kartläggningen skickas in nästa vecka.");
        _click(_get(Button.class, s -> s.withId("contact-done")));
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
    }
}
