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
import se.kompetensresan.survey.QuestionnaireService;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.survey.SelfAssessmentTestData;
import com.vaadin.flow.component.html.Paragraph;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyTestData;
import se.kompetensresan.survey.SurveyService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import org.camunda.bpm.engine.TaskService;

/**
 * The analysis view on a real kartläggning: the company answers lean 1 → 4 and automation 2 → 4 (the two gaps,
 * lean the larger), everything else 2 → 2, and submits; the coach's Task_AnalyseSurvey then shows the gaps and
 * the decision's proposal.
 */
class AnalysisViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    SelfAssessmentService selfAssessments;

    JourneyFixtures fx;
    CompanyInfo company;
    JourneyInfo journey;
    String coach;

    @BeforeEach
    void analysisTask() {
        fx = new JourneyFixtures(userService, projects, companies);
        company = fx.company(fx.subproject(), 30);
        JourneyWalker walk = new JourneyWalker(ctx);
        String pi = walk.start(company.id());
        journey = fx.asAdmin(() -> journeys.journeyOf(company.id()).orElseThrow());
        String companyUser = fx.user(Role.COMPANY, company.id(), Set.of());
        walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(company.id(), SurveyRound.FIRST).orElseThrow();
            for (String area : CompetenceAreas.ALL) {
                int current = area.equals(CompetenceAreas.LEAN) ? 1 : 2;
                int required = area.equals(CompetenceAreas.LEAN) || area.equals(CompetenceAreas.AUTOMATION) ? 4 : 2;
                surveys.saveAnswer(responseId, area, current, required, 3);
            }
            SurveyTestData.answerCompanyQuestions(surveys, responseId);
            surveys.submit(responseId);
            return null;
        });
        walk.runJobs(pi);
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
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
        assertThat(track.getValue()).isEqualTo(runtime.getVariable(pi, JourneyProcess.Var.PROPOSED_TRACK)).isNotNull();
        assertThat(areas.getValue()).contains("LEAN", "AUTOMATION");

        track.setValue("BAS");
        areas.setValue(Set.of("CNC"));
        _click(_get(Button.class, spec -> spec.withId("analysis-confirm")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
        pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
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
    @SuppressWarnings("unchecked")
    void theCoachSeesTheEmployeesMeanLevelBesideTheManagementsOnceFiveHaveAnswered() {
        // a project whose questionnaire version asks for the employees' self-assessment
        long subproject = fx.subproject();
        long projectId = fx.asAdmin(() -> projects.subproject(subproject).orElseThrow().projectId());
        fx.asAdmin(() -> {
            var draft = questionnaires.newVersion(questionnaires.ensureDefault());
            questionnaires.setSelfAssessment(draft.id(), true);
            return questionnaires.publish(draft.id(), Set.of(projectId));
        });
        CompanyInfo offered = fx.company(subproject, 30);
        JourneyWalker walk = new JourneyWalker(ctx);
        String pi = walk.start(offered.id());
        String companyUser = fx.user(Role.COMPANY, offered.id(), Set.of());
        String token = walk.as(companyUser, Role.COMPANY, () -> {
            long responseId = surveys.responseIdFor(offered.id(), SurveyRound.FIRST).orElseThrow();
            for (String area : CompetenceAreas.ALL) {
                surveys.saveAnswer(responseId, area, 3, 4, 3);
            }
            SurveyTestData.answerCompanyQuestions(surveys, responseId);
            surveys.submit(responseId);
            return SelfAssessmentTestData.token(selfAssessments.renewLink(offered.id()));
        });
        walk.runJobs(pi);
        String offeredCoach = fx.user(Role.COACH, null, Set.of(subproject));
        String taskId = ctx.getBean(TaskService.class).createTaskQuery().processInstanceId(pi).singleResult().getId();
        for (int i = 0; i < 4; i++) {
            selfAssessments.answer(token, SelfAssessmentTestData.levels(i < 2 ? 1 : 2), SelfAssessmentTestData.wishes(true));
        }
        login(offeredCoach);
        UI.getCurrent().navigate("journey/analysis/" + taskId);
        assertThat(_get(Paragraph.class, spec -> spec.withId("analysis-employees-hidden")).getText())
                .isEqualTo("Medarbetarnas självskattning visas när minst 5 har svarat (4 svar hittills).");
        assertThat(_get(Grid.class, spec -> spec.withId("analysis-gaps")).getColumnByKey("employees")).isNull();

        selfAssessments.answer(token, SelfAssessmentTestData.levels(4), SelfAssessmentTestData.wishes(false));
        UI.getCurrent().navigate("journey/analysis/" + taskId);
        Grid<AreaGap> gaps = _get(Grid.class, spec -> spec.withId("analysis-gaps"));
        assertThat(gaps.getColumnByKey("employees").getHeaderText())
                .isEqualTo("Nuläge enligt medarbetarna (snitt av 5 svar)");
        assertThat(GridKt._getFormatted(gaps, 0, "current")).isEqualTo("3");
        assertThat(GridKt._getFormatted(gaps, 0, "employees")).isEqualTo("2,0");
        LocatorJ._assertNone(Paragraph.class, spec -> spec.withId("analysis-employees-hidden"));
    }

    @Test
    void aCompanyWithoutTheSelfAssessmentShowsNoEmployeesView() {
        login(coach);
        UI.getCurrent().navigate("journey/analysis/" + taskId());
        assertThat(_get(Grid.class, spec -> spec.withId("analysis-gaps")).getColumnByKey("employees")).isNull();
        LocatorJ._assertNone(Paragraph.class, spec -> spec.withId("analysis-employees-hidden"));
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
