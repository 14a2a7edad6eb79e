package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import se.kompetensresan.shared.CompetenceAreas;

/** Every question type's validation, conditions, drafts across users, bad input: nothing stored on refusal. */
class SurveyAnswerValidationTest extends OpenSurveyTest {

    private void refused(Runnable call, String key) {
        SurveyForm before = surveys.load(responseId);
        assertThatThrownBy(call::run).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo(key);
        assertThat(surveys.load(responseId)).isEqualTo(before);
    }

    @Test
    void singleChoiceAcceptsOnlyItsOptions() {
        surveys.saveValue(responseId, null, "trainingBudget", "lt50k");
        refused(() -> surveys.saveValue(responseId, null, "trainingBudget", "a-million"), "survey.error.option");
        assertThat(surveys.load(responseId).values().value("trainingBudget")).isEqualTo("lt50k");
        surveys.saveValue(responseId, null, "trainingBudget", null);
        assertThat(surveys.load(responseId).values().value("trainingBudget")).isNull();
    }

    @Test
    void multipleChoiceStoresKnownOptionsInQuestionnaireOrder() {
        surveys.saveChoices(responseId, null, "learningFormats", Set.of("mentoring", "onthejob"));
        assertThat(surveys.load(responseId).values().choices("learningFormats")).containsExactly("onthejob", "mentoring");
        refused(() -> surveys.saveChoices(responseId, null, "learningFormats", List.of("onthejob", "yoga")),
                "survey.error.option");
        refused(() -> surveys.saveValue(responseId, null, "learningFormats", "onthejob"), "survey.error.question");
        surveys.saveChoices(responseId, null, "learningFormats", List.of());
        assertThat(surveys.load(responseId).values().value("learningFormats")).isNull();
    }

    @Test
    void scaleAndNumberAreIntegersInTheirRange() {
        surveys.saveValue(responseId, null, "strategyLinked", "5");
        refused(() -> surveys.saveValue(responseId, null, "strategyLinked", "6"), "survey.error.range");
        refused(() -> surveys.saveValue(responseId, null, "strategyLinked", "0"), "survey.error.range");
        surveys.saveValue(responseId, null, "recruitmentCount", " 12 ");
        assertThat(surveys.load(responseId).values().value("recruitmentCount")).isEqualTo("12");
        refused(() -> surveys.saveValue(responseId, null, "recruitmentCount", "-1"), "survey.error.range");
        refused(() -> surveys.saveValue(responseId, null, "recruitmentCount", "tolv"), "survey.error.number");
        refused(() -> surveys.saveValue(responseId, null, "recruitmentCount", "99999999999999999999"), "survey.error.number");
    }

    @Test
    void freeTextIsLimitedToItsMaxLength() {
        surveys.saveValue(responseId, null, "otherComments", "z".repeat(4000));
        refused(() -> surveys.saveValue(responseId, null, "otherComments", "z".repeat(4001)), "survey.error.text.tooLong");
        surveys.saveValue(responseId, null, "otherComments", "   ");
        assertThat(surveys.load(responseId).values().value("otherComments")).isNull();
    }

    @Test
    void matrixRowValidatesLevelsPriorityAndEmployees() {
        surveys.saveMatrixRow(responseId, null, "matrix", "CNC", new MatrixRow(1, 4, Priority.HIGH, 7));
        assertThat(surveys.load(responseId).values().row("matrix", "CNC")).isEqualTo(new MatrixRow(1, 4, Priority.HIGH, 7));
        // the old per-area call keeps the priority
        surveys.saveAnswer(responseId, "CNC", 2, 4, 8);
        assertThat(surveys.load(responseId).values().row("matrix", "CNC")).isEqualTo(new MatrixRow(2, 4, Priority.HIGH, 8));
        refused(() -> surveys.saveMatrixRow(responseId, null, "matrix", "CNC", new MatrixRow(5, 4, null, null)), "survey.error.level");
        refused(() -> surveys.saveMatrixRow(responseId, null, "matrix", "CNC", new MatrixRow(1, 0, null, null)), "survey.error.level");
        refused(() -> surveys.saveMatrixRow(responseId, null, "matrix", "CNC", new MatrixRow(1, 2, null, -3)), "survey.error.employees");
        refused(() -> surveys.saveMatrixRow(responseId, null, "matrix", "BASKETS", new MatrixRow(1, 2, null, 1)), "survey.error.area");
        refused(() -> surveys.saveMatrixRow(responseId, null, "hardestRoles", "CNC", new MatrixRow(1, 2, null, 1)), "survey.error.question");
        refused(() -> surveys.saveValue(responseId, null, "no-such-question", "1"), "survey.error.question");
        refused(() -> surveys.saveValue(responseId, null, null, "1"), "survey.error.question");
    }

    @Test
    void conditionalQuestionIsShownOnlyWhenItsConditionHoldsAndClearedWhenHidden() {
        refused(() -> surveys.saveValue(responseId, null, "genderGoalsDescription", "Mål"), "survey.error.hidden");
        surveys.saveValue(responseId, null, "genderGoals", "yes");
        SurveyForm shown = surveys.load(responseId);
        Question description = shown.questionnaire().question("genderGoalsDescription").orElseThrow();
        assertThat(shown.visible(description)).isTrue();
        assertThat(shown.missing()).extracting(SurveyForm.Missing::questionKey).contains("genderGoalsDescription");
        surveys.saveValue(responseId, null, "genderGoalsDescription", "30 % kvinnor");

        surveys.saveValue(responseId, null, "genderGoals", "no");
        SurveyForm hidden = surveys.load(responseId);
        assertThat(hidden.visible(description)).isFalse();
        assertThat(hidden.values().value("genderGoalsDescription")).isNull();
        assertThat(hidden.missing()).extracting(SurveyForm.Missing::questionKey).doesNotContain("genderGoalsDescription");
    }

    @Test
    void conditionOperators() {
        assertThat(new Condition("q", Condition.Operator.EQUALS, "yes").matches("yes")).isTrue();
        assertThat(new Condition("q", Condition.Operator.EQUALS, "yes").matches("no")).isFalse();
        assertThat(new Condition("q", Condition.Operator.CONTAINS, "courses").matches("onthejob,courses")).isTrue();
        assertThat(new Condition("q", Condition.Operator.CONTAINS, "svets").matches("Två Svetsare")).isTrue();
        assertThat(new Condition("q", Condition.Operator.GREATER_THAN, "3").matches("4")).isTrue();
        assertThat(new Condition("q", Condition.Operator.GREATER_THAN, "3").matches("3")).isFalse();
        assertThat(new Condition("q", Condition.Operator.GREATER_THAN, "3").matches(null)).isFalse();
    }

    @Test
    void draftIsSharedWithTheColleagueWhoAnswersTheSectionAndAStaleVersionIsRefused() {
        String colleague = w.companyUserA() + "-2";
        long colleagueId = users.create(new UserForm(colleague, "secret", "Kollega", null, Role.COMPANY, w.companyA(),
                Set.of())).id();
        surveys.assignSection(responseId, "company", colleagueId); // the contact gives "Om företaget" to the colleague
        long v1 = surveys.saveValue(responseId, null, "hardestRoles", "Svetsare");
        surveys.saveMatrixRow(responseId, null, "matrix", "LEAN", new MatrixRow(1, 3, Priority.MEDIUM, 4));

        SecurityContextHolder.clearContext(); // another session, another person of the same company
        SurveyTestData.runAs(users, colleague);
        SurveyForm f = surveys.load(responseId);
        assertThat(f.values().value("hardestRoles")).isEqualTo("Svetsare");
        assertThat(f.values().row("matrix", "LEAN")).isEqualTo(new MatrixRow(1, 3, Priority.MEDIUM, 4));
        assertThat(f.editable()).isTrue();
        surveys.saveValue(responseId, f.version(), "hardestRoles", "Svetsare och CNC");

        SurveyTestData.runAs(users, w.companyUserA()); // the first user still has version v1 + 1
        assertThatThrownBy(() -> surveys.saveValue(responseId, v1 + 1, "hardestRoles", "Bara svetsare"))
                .isInstanceOf(SurveyConflictException.class);
        assertThat(surveys.load(responseId).values().value("hardestRoles")).isEqualTo("Svetsare och CNC");
    }

    @Test
    void submittedOrForeignResponsesAreRefusedForEveryKindOfAnswer() {
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserA(), responseId, Map.of());
        refused(() -> surveys.saveValue(responseId, null, "hardestRoles", "x"), "survey.error.submitted");
        refused(() -> surveys.saveChoices(responseId, null, "learningFormats", List.of("courses")), "survey.error.submitted");
        refused(() -> surveys.saveMatrixRow(responseId, null, "matrix", "LEAN", MatrixRow.EMPTY), "survey.error.submitted");

        SurveyTestData.runAs(users, w.companyUserB());
        assertThatThrownBy(() -> surveys.saveValue(responseId, null, "hardestRoles", "x")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.saveChoices(responseId, null, "learningFormats", List.of())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.saveMatrixRow(responseId, null, "matrix", "LEAN", MatrixRow.EMPTY)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void submitNeedsEveryShownRequiredAnswerAndScoresTheMatrix() {
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 2, 3, 1);
        }
        assertThatThrownBy(() -> surveys.submit(responseId)).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).args()[0]).isEqualTo(7L);
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        surveys.saveMatrixRow(responseId, null, "matrix", "WELDING", new MatrixRow(1, 4, Priority.HIGH, 9));
        surveys.submit(responseId);
        SurveyScore s = surveys.score(responseId);
        assertThat(s.areas().get(0)).isEqualTo(new AreaGap("WELDING", 1, 4, 9));
        assertThat(s.maxGap()).isEqualTo(3);
    }

    @Test
    void projectComparisonAveragesCompaniesWithBothRounds() {
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserA(), responseId, Map.of("CNC", new int[]{1, 4, 2}));
        long followUp = surveys.open(w.companyA(), SurveyRound.FOLLOW_UP);
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserA(), followUp, Map.of("CNC", new int[]{3, 4, 2}));
        long b = surveys.open(w.companyB(), SurveyRound.FIRST); // only the first round: not counted
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserB(), b, Map.of());

        long project = projects.subproject(w.subprojectA()).orElseThrow().projectId();
        SurveyTestData.runAs(users, w.managerA());
        ProjectComparison c = surveys.projectComparison(project);
        assertThat(c.companies()).isEqualTo(1);
        assertThat(c.areas()).filteredOn(a -> a.areaCode().equals("CNC")).singleElement()
                .satisfies(a -> {
                    assertThat(a.currentBefore()).isEqualTo(1.0);
                    assertThat(a.currentAfter()).isEqualTo(3.0);
                    assertThat(a.improvement()).isEqualTo(2.0);
                });
        SurveyTestData.runAs(users, w.coachA());
        assertThatThrownBy(() -> surveys.projectComparison(project)).isInstanceOf(AccessRefusedException.class);
    }
}
