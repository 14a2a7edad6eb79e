package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.MatrixRow;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyTestData;

import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The survey's sections with owners (summary, invitation, a colleague's view) and the matrix per role group. */
class SurveySectionsViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;
    long responseId;
    String colleague;
    long colleagueId;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(userService, projects, companies);
        responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
        colleague = w.companyUserA() + "-prod";
        colleagueId = userService.create(new UserForm(colleague, "secret", "Per Produktion", null, Role.COMPANY,
                w.companyA(), Set.of())).id();
    }

    private void open(String username, int page) {
        login(username);
        if (page > 0) {
            UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of("page", String.valueOf(page)));
        } else {
            UI.getCurrent().navigate("survey/" + responseId);
        }
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    private SurveyForm reload() {
        SurveyTestData.runAs(userService, w.companyUserA());
        return surveys.load(responseId);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContactGivesASectionToAColleagueOnTheSummaryAndSeesWhoAnswersIt() {
        open(w.companyUserA(), 5);
        assertThat(byId(Paragraph.class, "survey-section-state-strategy").getText())
                .contains("(kontaktperson)").contains("0 av 3").contains("inte klart");
        Select<Long> owner = _get(Select.class, s -> s.withId("survey-owner-strategy"));
        _setValue(owner, colleagueId);

        assertThat(reload().owners().get("strategy").userId()).isEqualTo(colleagueId);
        assertThat(byId(Paragraph.class, "survey-section-state-strategy").getText()).contains("Per Produktion");
        assertThat(byId(Button.class, "survey-submit").isVisible()).isTrue();
    }

    @Test
    void theContactInvitesANewColleagueForASectionAndAWrongAddressIsShownAtTheField() {
        open(w.companyUserA(), 5);
        _click(byId(Button.class, "survey-invite-matrix"));
        _setValue(byId(TextField.class, "survey-invite-name"), "Kalle Kvalitet");
        _setValue(byId(EmailField.class, "survey-invite-email"), "kalle-at-example");
        _click(byId(Button.class, "survey-invite-send"));
        EmailField email = byId(EmailField.class, "survey-invite-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isNotBlank();
        assertThat(email.getValue()).isEqualTo("kalle-at-example");
        assertThat(reload().owners()).isEmpty();

        String address = "kalle-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        _setValue(email, address);
        _click(byId(Button.class, "survey-invite-send"));
        assertThat(reload().owners().get("matrix").name()).isEqualTo("Kalle Kvalitet");
        assertThat(byId(Paragraph.class, "survey-section-state-matrix").getText()).contains("Kalle Kvalitet");
    }

    @Test
    void aColleagueStartsOnTheirSectionAndSeesTheOthersReadOnlyWithoutSubmit() {
        SurveyTestData.runAs(userService, w.companyUserA());
        surveys.assignSection(responseId, "strategy", colleagueId);
        open(colleague, 0);

        assertThat(byId(H2.class, "survey-section-title").getText()).isEqualTo("Strategisk kompetensförsörjning");
        assertThat(byId(Paragraph.class, "survey-section-owner").getText()).contains("Per Produktion");
        RadioButtonGroup<Integer> linked = radio("survey-input-strategyLinked");
        assertThat(linked.isReadOnly()).isFalse();
        _setValue(linked, 4);
        assertThat(reload().values().value("strategyLinked")).isEqualTo("4");

        _click(byId(Button.class, "survey-previous"));
        _click(byId(Button.class, "survey-previous"));
        assertThat(byId(Paragraph.class, "survey-section-owner").getText()).contains("kontaktperson")
                .contains("inte ändra");
        assertThat(byId(IntegerField.class, "survey-input-recruitmentCount").isReadOnly()).isTrue();

        open(colleague, 5);
        _assertNone(Button.class, s -> s.withId("survey-submit")); // submitting is the contact's
        assertThat(byId(Paragraph.class, "survey-submit-by-contact").getText()).contains("Anna Andersson");
        _assertNone(Select.class, s -> s.withId("survey-owner-strategy"));
    }

    @Test
    void aColleagueWithoutSectionsSeesTheSurveyReadOnly() {
        open(colleague, 1);
        assertThat(byId(IntegerField.class, "survey-input-recruitmentCount").isReadOnly()).isTrue();
        assertThat(byId(Paragraph.class, "survey-status").isVisible()).isTrue();
    }

    @Test
    void theMatrixIsAnsweredPerRoleGroupAndAGroupCanBeLeftOut() {
        open(w.companyUserA(), 2);
        RadioButtonGroup<Boolean> mode = radio("survey-matrix-mode-matrix");
        _setValue(mode, true);
        assertThat(reload().values().perGroup("matrix")).isTrue();

        RadioButtonGroup<String> group = radio("survey-matrix-group-matrix");
        assertThat(group.isVisible()).isTrue();
        assertThat(group.getValue()).isEqualTo("operators");
        _setValue(radio("survey-current-LEAN"), 1);
        _setValue(radio("survey-required-LEAN"), 4);
        assertThat(reload().values().row("matrix", "LEAN", "operators")).isEqualTo(new MatrixRow(1, 4, null, null));
        assertThat(reload().values().row("matrix", "LEAN")).isEqualTo(MatrixRow.EMPTY);

        _setValue(group, "office");
        assertThat(radio("survey-current-LEAN").getValue()).isNull();
        _setValue(byId(Checkbox.class, "survey-group-absent-matrix"), true);
        assertThat(reload().values().groupAbsent("matrix", "office")).isTrue();
        assertThat(byId(Paragraph.class, "survey-group-absent-note").getText()).contains("Tjänstemän/kontor");
        _assertNone(RadioButtonGroup.class, s -> s.withId("survey-current-LEAN"));

        _setValue(group, "operators");
        assertThat(radio("survey-current-LEAN").getValue()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGapAnalysisShowsTheCompanyTotalAndEachGroup() {
        SurveyTestData.runAs(userService, w.companyUserA());
        surveys.saveMatrixPerGroup(responseId, null, "matrix", true);
        surveys.saveGroupAbsent(responseId, null, "matrix", "teamLeaders", true);
        surveys.saveGroupAbsent(responseId, null, "matrix", "office", true);
        for (String area : CompetenceAreas.ALL) {
            surveys.saveMatrixRow(responseId, null, "matrix", area, "operators", new MatrixRow(1, 4, null, 8));
            surveys.saveMatrixRow(responseId, null, "matrix", area, "technicians", new MatrixRow(3, 4, null, 2));
        }
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        surveys.submit(responseId);

        login(w.coachA());
        UI.getCurrent().navigate("survey/result/" + w.companyA());
        Grid<Object> table = _get(Grid.class, s -> s.withId("gap-groups"));
        assertThat(table.getColumns()).extracting(Grid.Column::getKey)
                .containsSubsequence("total", "group-operators", "group-technicians")
                .doesNotContain("group-office");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(table, 0, "total")).isEqualTo("2 → 4 (gap 2)");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(table, 0, "group-operators"))
                .isEqualTo("1 → 4 (gap 3)");
    }
}
