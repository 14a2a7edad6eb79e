package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.survey.AreaGap;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyScore;
import se.kompetensresan.survey.SurveyService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import org.camunda.bpm.engine.TaskService;

/**
 * The analysis view. SurveyService is a stub in this worktree (the survey module is built in parallel), so
 * this test mocks it (a separate Spring context); after the merge it may use real survey data instead.
 */
class AnalysisViewTest extends KaribuTest {

    @MockitoBean
    SurveyService surveys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;

    JourneyFixtures fx;
    CompanyInfo company;
    JourneyInfo journey;
    String coach;

    @BeforeEach
    void analysisTask() {
        fx = new JourneyFixtures(userService, projects, companies);
        company = fx.company(fx.subproject(), 30);
        journey = new JourneyViewTestSupport(fx, ctx).startAt(company, JourneyProcess.TASK_ANALYSE_SURVEY,
                Map.of(JourneyProcess.Var.PROPOSED_TRACK, "FORDJUPAD", JourneyProcess.Var.PRIORITY_AREAS, "LEAN,AUTOMATION"));
        when(surveys.scoreFor(company.id(), SurveyRound.FIRST)).thenReturn(Optional.of(new SurveyScore(1L, company.id(),
                List.of(new AreaGap("AUTOMATION", 2, 4, 3), new AreaGap("LEAN", 1, 4, 5), new AreaGap("CNC", 3, 3, 1)), 1.7, 3)));
        coach = fx.user(Role.COACH, null, Set.of(company.subprojectId()));
    }

    private String taskId() {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseNumber()).singleResult() == null ? null
                : ctx.getBean(TaskService.class).createTaskQuery()
                .processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
    }

    @Test
    @SuppressWarnings("unchecked")
    void coachSeesGapsAndProposalAndConfirmsAChangedChoice() {
        login(coach);
        String taskId = taskId();
        UI.getCurrent().navigate("journey/analysis/" + taskId);

        Grid<AreaGap> gaps = _get(Grid.class, spec -> spec.withId("analysis-gaps"));
        assertThat(GridKt._get(gaps, 0).areaCode()).isEqualTo("LEAN");
        Select<String> track = _get(Select.class, spec -> spec.withId("analysis-track"));
        MultiSelectComboBox<String> areas = _get(MultiSelectComboBox.class, spec -> spec.withId("analysis-areas"));
        assertThat(track.getValue()).isEqualTo("FORDJUPAD");
        assertThat(areas.getValue()).containsExactlyInAnyOrder("LEAN", "AUTOMATION");

        track.setValue("BAS");
        areas.setValue(Set.of("CNC"));
        _click(_get(Button.class, spec -> spec.withId("analysis-confirm")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
        assertThat(runtime.getVariable(pi, JourneyProcess.Var.COACHING_TRACK)).isEqualTo("BAS");
        assertThat(runtime.getVariable(pi, JourneyProcess.Var.PRIORITY_AREAS)).isEqualTo("CNC");
    }

    @Test
    @SuppressWarnings("unchecked")
    void confirmingWithoutAreasShowsTheMessageAtTheField() {
        login(coach);
        UI.getCurrent().navigate("journey/analysis/" + taskId());
        MultiSelectComboBox<String> areas = _get(MultiSelectComboBox.class, spec -> spec.withId("analysis-areas"));
        areas.clear();
        _click(_get(Button.class, spec -> spec.withId("analysis-confirm")));

        assertThat(areas.isInvalid()).isTrue();
        assertThat(areas.getErrorMessage()).isEqualTo("Välj minst ett prioriterat område.");
    }

    @Test
    void coachOfAnotherDelprojektIsRefused() {
        login(fx.user(Role.COACH, null, Set.of(fx.subproject())));
        String taskId = taskId();
        UI.getCurrent().navigate("journey/analysis/" + taskId);

        _get(Component.class, spec -> spec.withId("access-refused"));
        LocatorJ._assertNone(Button.class, spec -> spec.withId("analysis-confirm"));
    }
}
