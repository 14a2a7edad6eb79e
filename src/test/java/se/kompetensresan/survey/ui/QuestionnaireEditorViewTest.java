package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.survey.QuestionnaireInfo;
import se.kompetensresan.survey.QuestionnaireService;
import se.kompetensresan.survey.QuestionnaireStatus;
import se.kompetensresan.survey.Section;
import se.kompetensresan.survey.SurveyTestData;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.Set;
import org.assertj.core.api.Assertions;

class QuestionnaireEditorViewTest extends KaribuTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;
    long defaultId;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(userService, projects, companies);
        defaultId = questionnaires.ensureDefault();
    }

    @SuppressWarnings("unchecked")
    private QuestionnaireInfo selectVersion(long id) {
        Grid<QuestionnaireInfo> grid = _get(Grid.class, s -> s.withId("questionnaire-versions"));
        QuestionnaireInfo q = questionnaires.get(id);
        grid.asSingleSelect().setValue(q);
        return q;
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminCopiesAVersionEditsATextReordersPreviewsAndPublishesForAProject() {
        login(w.admin());
        UI.getCurrent().navigate("admin/questionnaires");
        selectVersion(defaultId);
        assertThat(_get(TextField.class, s -> s.withId("qe-q-hardestRoles-sv")).isReadOnly()).isTrue();
        assertThat(_get(Button.class, s -> s.withId("questionnaire-publish")).isEnabled()).isFalse();
        _assertNone(Button.class, s -> s.withId("qe-section-strategy-up"));

        _click(_get(Button.class, s -> s.withId("questionnaire-new-version")));
        QuestionnaireInfo draft = questionnaires.list().stream()
                .filter(q -> q.key().equals(QuestionnaireService.DEFAULT_KEY) && q.status() == QuestionnaireStatus.DRAFT)
                .max(Comparator.comparingInt(QuestionnaireInfo::version)).orElseThrow();
        TextField text = _get(TextField.class, s -> s.withId("qe-q-hardestRoles-sv"));
        assertThat(text.isReadOnly()).isFalse();
        _setValue(text, "Vilka yrkesroller saknar ni mest?");
        _setValue(_get(TextField.class, s -> s.withId("qe-q-hardestRoles-en")), "Which roles do you miss most?");
        _click(_get(Button.class, s -> s.withId("qe-section-strategy-up")));
        _click(_get(Button.class, s -> s.withId("qe-area-matrix-SWEDISH-remove")));

        QuestionnaireInfo saved = questionnaires.get(draft.id());
        assertThat(saved.definition().question("hardestRoles").orElseThrow().text().sv()).isEqualTo("Vilka yrkesroller saknar ni mest?");
        assertThat(saved.definition().question("hardestRoles").orElseThrow().text().en()).isEqualTo("Which roles do you miss most?");
        assertThat(saved.definition().sections()).extracting(Section::key).containsExactly("company", "strategy", "matrix", "other");
        assertThat(saved.definition().areaCodes()).hasSize(11).doesNotContain("SWEDISH");

        // an invalid change is refused with a message, nothing stored
        _setValue(_get(TextField.class, s -> s.withId("qe-title-sv")), " ");
        assertThat(_get(Span.class, s -> s.withId("questionnaire-error")).getText()).isEqualTo("Enkäten behöver en rubrik på svenska.");
        assertThat(questionnaires.get(draft.id()).definition().title().sv()).isEqualTo("Kompetenskartläggning industri");

        _click(_get(Button.class, s -> s.withId("questionnaire-preview")));
        Dialog preview = _get(Dialog.class, s -> s.withId("questionnaire-preview-dialog"));
        assertThat(preview.isOpened()).isTrue();
        assertThat(_get(H3.class, s -> s.withId("survey-section-title")).getText()).isEqualTo("Om företaget");
        _click(_get(Button.class, s -> s.withId("survey-next")));
        assertThat(_get(H3.class, s -> s.withId("survey-section-title")).getText()).isEqualTo("Strategisk kompetensförsörjning");
        _click(_get(Button.class, s -> s.withId("questionnaire-preview-close")));

        long projectId = projects.subproject(w.subprojectA()).orElseThrow().projectId();
        ProjectInfo project = projects.project(projectId).orElseThrow();
        Select<ProjectInfo> target = _get(Select.class, s -> s.withId("questionnaire-publish-project"));
        _setValue(target, target.getListDataView().getItems().filter(p -> p.id() == projectId).findFirst().orElse(project));
        _click(_get(Button.class, s -> s.withId("questionnaire-publish")));

        QuestionnaireInfo published = questionnaires.get(draft.id());
        assertThat(published.status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
        assertThat(published.projectIds()).containsExactly(projectId);
        assertThat(_get(TextField.class, s -> s.withId("qe-q-hardestRoles-sv")).isReadOnly()).isTrue();
        assertThat(_get(Span.class, s -> s.withId("questionnaire-state")).getText()).contains("publicerad");
    }

    @Test
    void adminRenamesAddsAndRemovesRoleGroupsOfADraftAndAnEmptyNameIsRefused() {
        login(w.admin());
        UI.getCurrent().navigate("admin/questionnaires");
        selectVersion(defaultId);
        assertThat(_get(TextField.class, s -> s.withId("qe-group-office-sv")).isReadOnly()).isTrue();
        _assertNone(Button.class, s -> s.withId("qe-add-role-group"));

        _click(_get(Button.class, s -> s.withId("questionnaire-new-version")));
        QuestionnaireInfo draft = questionnaires.list().stream()
                .filter(q -> q.key().equals(QuestionnaireService.DEFAULT_KEY) && q.status() == QuestionnaireStatus.DRAFT)
                .max(Comparator.comparingInt(QuestionnaireInfo::version)).orElseThrow();
        _setValue(_get(TextField.class, s -> s.withId("qe-group-office-sv")), "Kontor och administration");
        _click(_get(Button.class, s -> s.withId("qe-group-teamLeaders-remove")));
        _click(_get(Button.class, s -> s.withId("qe-add-role-group")));

        QuestionnaireInfo saved = questionnaires.get(draft.id());
        assertThat(saved.definition().roleGroups()).extracting(g -> g.label().sv())
                .containsExactly("Operatörer", "Tekniker", "Kontor och administration", "Ny yrkesgrupp");
        String added = saved.definition().roleGroups().get(3).key();
        _setValue(_get(TextField.class, s -> s.withId("qe-group-" + added + "-sv")), " ");
        assertThat(_get(Span.class, s -> s.withId("questionnaire-error")).getText()).contains(added);
        assertThat(questionnaires.get(draft.id()).definition().roleGroups().get(3).label().sv()).isEqualTo("Ny yrkesgrupp");
    }

    @Test
    void adminRetiresAProjectVersionButNotTheLastOneForAllProjects() {
        login(w.admin());
        long projectId = projects.subproject(w.subprojectA()).orElseThrow().projectId();
        QuestionnaireInfo copy = questionnaires.newVersion(defaultId);
        questionnaires.publish(copy.id(), Set.of(projectId));
        UI.getCurrent().navigate("admin/questionnaires");

        selectVersion(copy.id());
        _click(_get(Button.class, s -> s.withId("questionnaire-retire")));
        ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, s -> s.withId("questionnaire-retire-confirm")));
        assertThat(questionnaires.get(copy.id()).status()).isEqualTo(QuestionnaireStatus.RETIRED);

        // the default is the only version every project can use: it stays
        selectVersion(defaultId);
        _click(_get(Button.class, s -> s.withId("questionnaire-retire")));
        ConfirmDialogKt._fireConfirm(
                _get(ConfirmDialog.class, s -> s.withId("questionnaire-retire-confirm")));
        assertThat(_get(Span.class, s -> s.withId("questionnaire-error")).getText()).contains("enda publicerade");
        assertThat(questionnaires.get(defaultId).status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
    }

    @Test
    void followUpViewShowsTheProjectComparisonToManagers() {
        login(w.managerA());
        UI.getCurrent().navigate("survey/follow-up");
        assertThat(_get(H1.class).getText()).isEqualTo("Uppföljning före och efter");
        _get(Paragraph.class, s -> s.withId("followup-count"));
    }

    @Test
    void editorIsForAdminsOnly() {
        login(w.managerA());
        Throwable refused = Assertions.catchThrowable(() -> {
            UI.getCurrent().navigate("admin/questionnaires");
            _get(QuestionnaireEditorView.class);
        });
        assertThat(refused).isNotNull().hasMessageContaining("AccessDenied");
    }
}
