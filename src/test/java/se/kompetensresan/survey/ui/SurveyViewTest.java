package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyStatus;
import se.kompetensresan.survey.SurveyTestData;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

class SurveyViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;
    long responseId;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(userService, projects, companies);
        responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
    }

    private void open(String username) {
        login(username);
        UI.getCurrent().navigate("survey/" + responseId);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> radio(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    private SurveyForm reload() {
        SurveyTestData.runAs(userService, w.companyUserA());
        return surveys.load(responseId);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> choice(String questionKey) {
        return _get(RadioButtonGroup.class, s -> s.withId("survey-input-" + questionKey));
    }

    private static void next() {
        _click(byId(Button.class, "survey-next"));
    }

    private static String sectionTitle() {
        return _get(H2.class, s -> s.withId("survey-section-title")).getText();
    }

    @Test
    void companyUserFillsInPageByPageSeesSummaryAndSubmits() {
        open(w.companyUserA());
        _get(SurveyView.class);
        assertThat(sectionTitle()).isEqualTo("Om företaget");
        assertThat(byId(Span.class, "survey-progress").getText()).startsWith("Del 1 av 4");
        assertThat(byId(Button.class, "survey-previous").isEnabled()).isFalse();
        assertThat(byId(Span.class, "survey-saved-status").getText()).isEmpty();

        _setValue(byId(IntegerField.class, "survey-input-recruitmentCount"), 4);
        assertThat(byId(Span.class, "survey-saved-status").getText()).matches("Sparat \\d\\d:\\d\\d:\\d\\d \\(1\\)");
        // a second save in the same second still shows: the count goes up and the flash changes
        _setValue(byId(IntegerField.class, "survey-input-recruitmentCount"), 5);
        assertThat(byId(Span.class, "survey-saved-status").getText()).endsWith("(2)");
        assertThat(byId(Span.class, "survey-saved-status").getClassNames()).contains("saved-flash-a");
        _setValue(byId(IntegerField.class, "survey-input-recruitmentCount"), 4);
        assertThat(byId(Span.class, "survey-saved-status").getText()).endsWith("(3)");
        // the conditional question appears when its condition is met
        _assertNone(Div.class, x -> x.withId("survey-q-genderGoalsDescription"));
        _setValue(choice("genderGoals"), "yes");
        assertThat(byId(Div.class, "survey-q-genderGoalsDescription").isVisible()).isTrue();
        _setValue(byId(TextArea.class, "survey-input-genderGoalsDescription"), "Minst 30 % kvinnor 2028");
        _setValue(choice("trainingBudget"), "50k-200k");
        _setValue(choice("competencePlanning"), "yearly");
        _setValue(byId(TextArea.class, "survey-input-hardestRoles"), "CNC-operatörer");

        next();
        assertThat(sectionTitle()).isEqualTo("Kompetensmatris");
        assertThat(byId(Span.class, "survey-progress").getText()).startsWith("Del 2 av 4");
        for (String area : CompetenceAreas.ALL) {
            _setValue(radio("survey-current-" + area), 2);
            _setValue(radio("survey-required-" + area), 4);
        }
        _setValue(byId(IntegerField.class, "survey-employees-" + CompetenceAreas.WELDING), 5);
        _click(byId(Button.class, "survey-previous"));
        assertThat(choice("genderGoals").getValue()).isEqualTo("yes");
        next();
        next();
        assertThat(sectionTitle()).isEqualTo("Strategisk kompetensförsörjning");
        for (String q : List.of("strategyLinked", "leadersSupport", "learningCulture")) {
            _setValue(_get(RadioButtonGroup.class, x -> x.withId("survey-input-" + q)), 3);
        }
        next();
        assertThat(byId(Button.class, "survey-next").getText()).isEqualTo("Till sammanfattningen");
        next();

        _get(Div.class, x -> x.withId("survey-summary"));
        assertThat(_get(Paragraph.class, x -> x.withId("survey-summary-state")).getText())
                .startsWith("Allt som krävs");
        _assertNone(Button.class, x -> x.withId("survey-next"));
        SurveyForm saved = reload();
        assertThat(saved.answeredAreas()).isEqualTo(12);
        assertThat(saved.answers()).filteredOn(a -> a.areaCode().equals(CompetenceAreas.WELDING))
                .containsExactly(new SurveyForm.AreaAnswer(CompetenceAreas.WELDING, 2, 4, 5));
        assertThat(saved.values().value("genderGoalsDescription")).isEqualTo("Minst 30 % kvinnor 2028");
        assertThat(saved.values().value("recruitmentCount")).isEqualTo("4");

        _click(byId(Button.class, "survey-submit"));
        Dialog confirm = byId(Dialog.class, "survey-confirm");
        assertThat(confirm.isOpened()).isTrue();
        _click(byId(Button.class, "survey-confirm-submit"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
        assertThat(reload().status()).isEqualTo(SurveyStatus.SUBMITTED);
    }

    @Test
    void hidingAConditionalQuestionClearsItsAnswer() {
        open(w.companyUserA());
        _setValue(choice("genderGoals"), "yes");
        _setValue(byId(TextArea.class, "survey-input-genderGoalsDescription"), "Jämn fördelning i ledningen");
        assertThat(reload().values().value("genderGoalsDescription")).isNotNull();

        _setValue(choice("genderGoals"), "no");
        _assertNone(Div.class, x -> x.withId("survey-q-genderGoalsDescription"));
        assertThat(reload().values().value("genderGoalsDescription")).isNull();
        _setValue(choice("genderGoals"), "yes");
        assertThat(byId(TextArea.class, "survey-input-genderGoalsDescription").getValue()).isEmpty();
    }

    @Test
    void summaryShowsWhatIsMissingAndSubmitIsRefused() {
        open(w.companyUserA());
        next();
        _setValue(radio("survey-current-LEAN"), 3);
        next();
        next();
        next();
        var state = _get(Paragraph.class, x -> x.withId("survey-summary-state"));
        int expected = 4 + 12 + 3; // company questions, matrix rows, scales
        assertThat(state.getText()).startsWith(expected + " obligatoriska svar saknas");
        _click(byId(Button.class, "survey-submit"));
        _assertNone(Dialog.class);
        // the user is taken to the first missing answer, and the notice names all of them
        assertThat(sectionTitle()).isEqualTo("Om företaget");
        assertThat(byId(Paragraph.class, "survey-missing-title").getText())
                .isEqualTo(expected + " obligatoriska svar saknas innan ni kan skicka in:");
        assertThat(byId(ListItem.class, "survey-missing-matrix").getElement().getTextRecursively())
                .startsWith("Del 2 – Kompetensmatris (12 svar): ")
                .contains("Lean och ständiga förbättringar: behov", "Svetsning: nuläge och behov");

        // back on the matrix page the missing levels are marked next to the question
        _click(byId(Button.class, "survey-missing-goto-matrix"));
        assertThat(sectionTitle()).isEqualTo("Kompetensmatris");
        assertThat(radio("survey-required-LEAN").isInvalid()).isTrue();
        assertThat(radio("survey-current-LEAN").isInvalid()).isFalse();
        assertThat(reload().status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void submittingWithOnlyTheStatementsMissingNamesThemAndOpensTheirPage() {
        SurveyTestData.runAs(userService, w.companyUserA());
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 2, 3, null);
        }
        SurveyTestData.REQUIRED_ANSWERS.forEach((k, v) -> {
            if (!List.of("strategyLinked", "leadersSupport", "learningCulture").contains(k)) {
                surveys.saveValue(responseId, null, k, v);
            }
        });
        open(w.companyUserA());
        next();
        next();
        next();
        next();
        _click(byId(Button.class, "survey-submit"));

        _assertNone(Dialog.class);
        assertThat(sectionTitle()).isEqualTo("Strategisk kompetensförsörjning");
        assertThat(_get(SurveyPages.class).page()).isEqualTo(2);
        String title = byId(Paragraph.class, "survey-missing-title").getText();
        assertThat(title).isEqualTo("3 obligatoriska svar saknas innan ni kan skicka in:").doesNotContain("område");
        assertThat(byId(ListItem.class, "survey-missing-strategy").getElement().getTextRecursively())
                .startsWith("Del 3 – Strategisk kompetensförsörjning (3 svar): ")
                .contains("”Kompetensutvecklingen utgår från företagets affärsstrategi.”",
                        "”Cheferna stöttar medarbetarnas lärande i vardagen.”");
        _assertNone(ListItem.class, x -> x.withId("survey-missing-matrix"));
        assertThat(choice3("strategyLinked").isInvalid()).isTrue();

        // answering counts down and the notice goes away when nothing is missing
        _setValue(choice3("strategyLinked"), 3);
        assertThat(byId(Paragraph.class, "survey-missing-title").getText()).startsWith("2 obligatoriska svar saknas");
        _setValue(choice3("leadersSupport"), 3);
        _setValue(choice3("learningCulture"), 4);
        _assertNone(Div.class, x -> x.withId("survey-missing"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> choice3(String questionKey) {
        return _get(RadioButtonGroup.class, s -> s.withId("survey-input-" + questionKey));
    }

    @Test
    void theSubmitDialogShowsTheAnswers() {
        SurveyTestData.runAs(userService, w.companyUserA());
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 2, 3, null);
        }
        surveys.saveAnswer(responseId, CompetenceAreas.WELDING, 1, 4, 6);
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        for (String q : List.of("strategyLinked", "leadersSupport", "learningCulture")) {
            surveys.saveValue(responseId, null, q, "4");
        }
        open(w.companyUserA());
        UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of(SurveyView.PAGE, "5"));
        _click(byId(Button.class, "survey-submit"));

        Div answers = byId(Div.class, "survey-confirm-summary");
        assertThat(answers.getChildren().filter(H4.class::isInstance).map(c -> ((H4) c).getText()))
                .containsExactly("Om företaget", "Kompetensmatris", "Strategisk kompetensförsörjning", "Övrigt");
        assertThat(answers.getElement().getTextRecursively())
                .contains("Svetsning: nuläge 1, behov 4, prioritet –, berörda anställda 6")
                .contains("Cheferna stöttar medarbetarnas lärande i vardagen.: 4");
    }

    @Test
    void thePageIsInTheAddressAndReopensThere() {
        login(w.companyUserA());
        UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of(SurveyView.PAGE, "3"));
        assertThat(sectionTitle()).isEqualTo("Strategisk kompetensförsörjning");
        assertThat(byId(ProgressBar.class, "survey-progress-bar").getElement().getAttribute("aria-label"))
                .isEqualTo("Sida 3 av 5, 0 av 22 besvarade");

        UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of(SurveyView.PAGE, "5"));
        _get(Div.class, x -> x.withId("survey-summary"));
        UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of(SurveyView.PAGE, "x"));
        assertThat(sectionTitle()).isEqualTo("Om företaget");
        UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of(SurveyView.PAGE, "99"));
        _get(Div.class, x -> x.withId("survey-summary"));
    }

    @Test
    void outOfRangeNumberAndTooLongTextAreRefusedNextToTheField() {
        open(w.companyUserA());
        IntegerField count = byId(IntegerField.class, "survey-input-recruitmentCount");
        _setValue(count, 20_000);
        assertThat(count.isInvalid()).isTrue();
        assertThat(count.getErrorMessage()).isEqualTo("Ange ett värde mellan 0 och 10\u00a0000.");
        assertThat(byId(Span.class, "survey-saved-status").getText()).isEqualTo("Inte sparat – rätta det markerade fältet.");
        assertThat(reload().values().value("recruitmentCount")).isNull();

        _setValue(choice("genderGoals"), "yes");
        TextArea description = byId(TextArea.class, "survey-input-genderGoalsDescription");
        _setValue(description, "x".repeat(1001));
        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getValue()).hasSize(1001);
        assertThat(reload().values().value("genderGoalsDescription")).isNull();
    }

    @Test
    void negativeEmployeesAreRefusedNextToTheField() {
        open(w.companyUserA());
        next();
        IntegerField employees = byId(IntegerField.class, "survey-employees-CNC");
        _setValue(employees, -4);

        assertThat(employees.isInvalid()).isTrue();
        assertThat(employees.getErrorMessage()).isNotBlank();
        assertThat(employees.getValue()).isEqualTo(-4);
        assertThat(reload().answers()).filteredOn(a -> a.areaCode().equals("CNC"))
                .containsExactly(new SurveyForm.AreaAnswer("CNC", null, null, null));
    }

    @Test
    void changeMadeElsewhereShowsConflictAndReloadsInsteadOfOverwriting() {
        open(w.companyUserA());
        // the same company saves from another tab meanwhile
        surveys.saveAnswer(responseId, "QUALITY", 1, 3, 2);

        next();
        _setValue(radio("survey-current-QUALITY"), 4);

        assertThat(byId(Span.class, "survey-conflict").isVisible()).isTrue();
        assertThat(radio("survey-current-QUALITY").getValue()).isEqualTo(1);
        assertThat(radio("survey-required-QUALITY").getValue()).isEqualTo(3);
        assertThat(reload().answers()).filteredOn(a -> a.areaCode().equals("QUALITY"))
                .containsExactly(new SurveyForm.AreaAnswer("QUALITY", 1, 3, 2));

        // after the reload, editing goes on normally
        _setValue(radio("survey-current-QUALITY"), 2);
        assertThat(reload().answers()).filteredOn(a -> a.areaCode().equals("QUALITY"))
                .containsExactly(new SurveyForm.AreaAnswer("QUALITY", 2, 3, 2));
    }

    @Test
    void coachSeesTheSurveyReadOnly() {
        SurveyTestData.runAs(userService, w.companyUserA());
        surveys.saveAnswer(responseId, "LEAN", 2, 3, 4);
        open(w.coachA());
        assertThat(choice("genderGoals").isReadOnly()).isTrue();
        next();

        assertThat(radio("survey-current-LEAN").getValue()).isEqualTo(2);
        assertThat(radio("survey-current-LEAN").isReadOnly()).isTrue();
        assertThat(radio("survey-required-AUTOMATION").isReadOnly()).isTrue();
        assertThat(byId(IntegerField.class, "survey-employees-LEAN").isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("survey-submit"));
    }

    @Test
    void submittedSurveyIsReadOnlyForTheCompany() {
        SurveyTestData.runAs(userService, w.companyUserA());
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 3, 3, null);
        }
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        surveys.submit(responseId);
        open(w.companyUserA());
        next();

        assertThat(radio("survey-current-CNC").isReadOnly()).isTrue();
        assertThat(byId(Paragraph.class, "survey-status").isVisible()).isTrue();
        _assertNone(Button.class, s -> s.withId("survey-submit"));
    }

    @Test
    void anotherCompanysUserGetsNotFound() {
        open(w.companyUserB());
        _assertNone(SurveyView.class);
        _get(Component.class, s -> s.withId("access-refused"));
    }

    @Test
    void coachOfAnotherDelprojektGetsNotFound() {
        open(w.coachB());
        _assertNone(SurveyView.class);
        _get(Component.class, s -> s.withId("access-refused"));
    }
}
