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
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Locale;
import java.util.Map;

/** Versioning and the editor service: ADMIN only, drafts editable, published immutable, responses pinned. */
@SpringBootTest
@ActiveProfiles("test")
class QuestionnaireServiceTest {

    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    SurveyService surveys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;
    long defaultId;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(users, projects, companies);
        defaultId = questionnaires.ensureDefault();
        SurveyTestData.runAs(users, w.admin());
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private long projectOfCompanyA() {
        return projects.subproject(w.subprojectA()).orElseThrow().projectId();
    }

    private static void expectMessage(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void defaultQuestionnaireIsPublishedWithTheTwelveAreasAndTheCompanyQuestions() {
        QuestionnaireInfo q = questionnaires.get(defaultId);
        assertThat(q.status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
        assertThat(q.definition().title().sv()).isEqualTo("Kompetenskartläggning industri");
        assertThat(q.definition().areaCodes()).containsExactlyElementsOf(CompetenceAreas.ALL);
        assertThat(q.definition().sections()).extracting(s -> s.title().sv())
                .containsExactly("Om företaget", "Kompetensmatris", "Strategisk kompetensförsörjning", "Övrigt");
        assertThat(q.definition().questions()).extracting(Question::type).contains(QuestionType.values());
        assertThat(questionnaires.ensureDefault()).isEqualTo(defaultId);
    }

    @Test
    void publishedVersionIsImmutable() {
        expectMessage(() -> questionnaires.update(defaultId, d -> d.withTitle(LocalizedText.of("Ändrad", null))),
                "survey.editor.error.published");
        expectMessage(() -> questionnaires.moveSection(defaultId, "matrix", -1), "survey.editor.error.published");
        expectMessage(() -> questionnaires.publish(defaultId, Set.of()), "survey.editor.error.published");
        assertThat(questionnaires.get(defaultId).definition().title().sv()).isEqualTo("Kompetenskartläggning industri");
    }

    @Test
    void newVersionCopiesIntoADraftThatCanBeEditedReorderedAndPublishedForAProject() {
        QuestionnaireInfo draft = questionnaires.newVersion(defaultId);
        assertThat(draft.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(draft.version()).isGreaterThan(1);
        assertThat(draft.definition()).isEqualTo(questionnaires.get(defaultId).definition());

        questionnaires.update(draft.id(), d -> d.mapQuestion("hardestRoles",
                q -> q.withText(q.text().withSv("Vilka yrkesroller är svårast att hitta?").withEn("Hardest roles?"))));
        questionnaires.moveSection(draft.id(), "strategy", -1);
        questionnaires.moveQuestion(draft.id(), "trainingBudget", -1);
        questionnaires.moveArea(draft.id(), "matrix", "SWEDISH", -11);
        questionnaires.moveArea(draft.id(), "matrix", "SWEDISH", -1); // already first: no change
        questionnaires.update(draft.id(), d -> d.addQuestion("other",
                Question.create("extra1", QuestionType.NUMBER, LocalizedText.of("Antal lärlingar?", "Apprentices?"))));
        QuestionnaireDefinition d = questionnaires.get(draft.id()).definition();
        assertThat(d.sections()).extracting(Section::key).containsExactly("company", "strategy", "matrix", "other");
        assertThat(d.section("company").orElseThrow().questions()).extracting(Question::key)
                .containsSubsequence("trainingBudget", "genderGoalsDescription");
        assertThat(d.areaCodes().get(0)).isEqualTo("SWEDISH");
        assertThat(d.question("hardestRoles").orElseThrow().text().in(Locale.ENGLISH)).isEqualTo("Hardest roles?");

        long project = projectOfCompanyA();
        QuestionnaireInfo published = questionnaires.publish(draft.id(), Set.of(project));
        assertThat(published.status()).isEqualTo(QuestionnaireStatus.PUBLISHED);
        assertThat(published.projectIds()).containsExactly(project);
        expectMessage(() -> questionnaires.update(draft.id(), x -> x), "survey.editor.error.published");

        // a new response of the project answers the new version; another project's company still the default
        long a = surveys.open(w.companyA(), SurveyRound.FIRST);
        SurveyTestData.runAs(users, w.companyUserA());
        assertThat(surveys.load(a).questionnaireId()).isEqualTo(draft.id());
        SurveyTestData.runAs(users, w.admin());
        assertThat(questionnaires.list()).extracting(QuestionnaireInfo::id).contains(defaultId, draft.id());
    }

    @Test
    void invalidDraftsAreRefusedAndNothingIsStored() {
        QuestionnaireInfo draft = questionnaires.newVersion(defaultId);
        expectMessage(() -> questionnaires.update(draft.id(), d -> d.withTitle(LocalizedText.of(" ", "x"))),
                "survey.editor.error.title");
        expectMessage(() -> questionnaires.update(draft.id(), d -> d.mapQuestion("recruitmentCount",
                q -> q.withRange(10, 5))), "survey.editor.error.range");
        expectMessage(() -> questionnaires.update(draft.id(), d -> d.mapQuestion("recruitmentCount",
                q -> q.withCondition(new Condition("otherComments", Condition.Operator.EQUALS, "x")))),
                "survey.editor.error.condition");
        expectMessage(() -> questionnaires.update(draft.id(), d -> d.mapQuestion("matrix",
                q -> q.withAreas(List.of(new MatrixArea("UNDERWATER", null))))), "survey.editor.error.areaLabel");
        expectMessage(() -> questionnaires.update(draft.id(), d -> d.addQuestion("other",
                Question.create("hardestRoles", QuestionType.FREE_TEXT, LocalizedText.of("Dubblett", null)))),
                "survey.editor.error.key");
        assertThat(questionnaires.get(draft.id()).definition()).isEqualTo(questionnaires.get(defaultId).definition());
    }

    @Test
    void editorMethodsAreForAdminsOnly() {
        for (String user : List.of(w.managerA(), w.coachA(), w.companyUserA())) {
            SurveyTestData.runAs(users, user);
            assertThatThrownBy(() -> questionnaires.list()).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> questionnaires.newVersion(defaultId)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> questionnaires.publish(defaultId, Set.of())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> questionnaires.moveSection(defaultId, "matrix", 1)).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void followUpIsPinnedToTheVersionOfTheFirstRoundEvenAfterANewerVersionIsPublished() {
        long first = surveys.open(w.companyA(), SurveyRound.FIRST);
        SurveyTestData.runAs(users, w.companyUserA());
        long firstVersion = surveys.load(first).questionnaireId();
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserA(), first, Map.of());

        SurveyTestData.runAs(users, w.admin());
        QuestionnaireInfo v2 = questionnaires.newVersion(defaultId);
        questionnaires.update(v2.id(), d -> d.removeQuestion("otherComments"));
        questionnaires.publish(v2.id(), Set.of(projectOfCompanyA()));

        long followUp = surveys.open(w.companyA(), SurveyRound.FOLLOW_UP);
        SurveyTestData.runAs(users, w.companyUserA());
        SurveyForm f = surveys.load(followUp);
        assertThat(f.questionnaireId()).isEqualTo(firstVersion).isNotEqualTo(v2.id());
        assertThat(f.questionnaire().question("otherComments")).isPresent();
        // a new first-round response of company B (another project? same project: delprojekt B is in it) uses v2
        long b = surveys.open(w.companyB(), SurveyRound.FIRST);
        SurveyTestData.runAs(users, w.companyUserB());
        assertThat(surveys.load(b).questionnaireId()).isEqualTo(v2.id());
    }
}
