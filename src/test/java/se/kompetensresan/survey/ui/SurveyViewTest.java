package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
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

    @Test
    void companyUserFillsInAllAreasSeesSavedStatusAndSubmits() {
        open(w.companyUserA());
        _get(SurveyView.class);
        assertThat(byId(Span.class, "survey-progress").getText()).contains("0").contains("12");
        assertThat(byId(Span.class, "survey-saved-status").getText()).isEmpty();

        for (String area : CompetenceAreas.ALL) {
            _setValue(radio("survey-current-" + area), 2);
            _setValue(radio("survey-required-" + area), 4);
        }
        _setValue(byId(IntegerField.class, "survey-employees-" + CompetenceAreas.WELDING), 5);
        _setValue(byId(TextArea.class, "survey-text-recruitment"), "Två svetsare och en underhållstekniker");
        _setValue(byId(TextArea.class, "survey-text-hardest-roles"), "CNC-operatörer");

        assertThat(byId(Span.class, "survey-saved-status").getText()).matches(".*\\d\\d:\\d\\d:\\d\\d.*");
        assertThat(byId(Span.class, "survey-progress").getText()).contains("12").doesNotContain(" 0 ");
        _assertNone(Span.class, s -> s.withId("survey-conflict"));

        SurveyForm saved = reload();
        assertThat(saved.answeredAreas()).isEqualTo(12);
        assertThat(saved.answers()).filteredOn(a -> a.areaCode().equals(CompetenceAreas.WELDING))
                .containsExactly(new SurveyForm.AreaAnswer(CompetenceAreas.WELDING, 2, 4, 5));
        assertThat(saved.recruitmentNeeds()).isEqualTo("Två svetsare och en underhållstekniker");
        assertThat(saved.hardestRoles()).isEqualTo("CNC-operatörer");

        _click(byId(Button.class, "survey-submit"));
        Dialog confirm = byId(Dialog.class, "survey-confirm");
        assertThat(confirm.isOpened()).isTrue();
        _click(byId(Button.class, "survey-confirm-submit"));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("inbox");
        assertThat(reload().status()).isEqualTo(SurveyStatus.SUBMITTED);
    }

    @Test
    void submitWithUnansweredAreasShowsWhatIsMissing() {
        open(w.companyUserA());
        _setValue(radio("survey-current-LEAN"), 3);
        _click(byId(Button.class, "survey-submit"));

        _assertNone(Dialog.class);
        Span error = byId(Span.class, "survey-submit-error");
        assertThat(error.getText()).contains("12");
        assertThat(radio("survey-required-LEAN").isInvalid()).isTrue();
        assertThat(radio("survey-current-LEAN").isInvalid()).isFalse();
        assertThat(reload().status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void negativeEmployeesAreRefusedNextToTheField() {
        open(w.companyUserA());
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

        assertThat(radio("survey-current-LEAN").getValue()).isEqualTo(2);
        assertThat(radio("survey-current-LEAN").isReadOnly()).isTrue();
        assertThat(radio("survey-required-AUTOMATION").isReadOnly()).isTrue();
        assertThat(byId(IntegerField.class, "survey-employees-LEAN").isReadOnly()).isTrue();
        assertThat(byId(TextArea.class, "survey-text-recruitment").isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("survey-submit"));
    }

    @Test
    void submittedSurveyIsReadOnlyForTheCompany() {
        SurveyTestData.runAs(userService, w.companyUserA());
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 3, 3, null);
        }
        surveys.submit(responseId);
        open(w.companyUserA());

        assertThat(radio("survey-current-CNC").isReadOnly()).isTrue();
        assertThat(byId(com.vaadin.flow.component.html.Paragraph.class, "survey-status").isVisible()).isTrue();
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
