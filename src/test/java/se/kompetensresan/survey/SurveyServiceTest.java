package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@RecordApplicationEvents
class SurveyServiceTest extends OpenSurveyTest {

    @Autowired
    ApplicationEvents events;

    private void answerAll(long id, int current, int required) {
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(id, area, current, required, 2);
        }
        SurveyTestData.answerCompanyQuestions(surveys, id);
    }

    private void expectMessage(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void openIsIdempotentPerCompanyAndRound() {
        assertThat(surveys.open(w.companyA(), SurveyRound.FIRST)).isEqualTo(responseId);
        long followUp = surveys.open(w.companyA(), SurveyRound.FOLLOW_UP);
        assertThat(followUp).isNotEqualTo(responseId);
        assertThat(surveys.responseIdFor(w.companyA(), SurveyRound.FOLLOW_UP)).contains(followUp);
    }

    @Test
    void newResponseIsAnEmptyDraftOfTheCurrentQuestionnaire() {
        SurveyForm f = surveys.load(responseId);
        assertThat(f.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(f.round()).isEqualTo(SurveyRound.FIRST);
        assertThat(f.questionnaireVersion()).isEqualTo(QuestionnaireService.DEFAULT_KEY + " v1");
        assertThat(f.questionnaire().sections()).extracting(Section::key).containsExactly("company", "matrix", "strategy", "other");
        assertThat(f.companyName()).startsWith("Verkstad A");
        assertThat(f.answers()).extracting(SurveyForm.AreaAnswer::areaCode).containsExactlyElementsOf(CompetenceAreas.ALL);
        assertThat(f.answeredAreas()).isZero();
        assertThat(f.editable()).isTrue();
    }

    @Test
    void autosaveStoresAnswersAndReturnsIncreasingVersions() {
        long v0 = surveys.load(responseId).version();
        long v1 = surveys.saveAnswer(responseId, v0, "WELDING", 2, null, null);
        long v2 = surveys.saveAnswer(responseId, v1, "WELDING", 2, 4, 7);
        long v3 = surveys.saveValue(responseId, v2, "otherComments", "  Två svetsare  ");
        long v4 = surveys.saveValue(responseId, null, "hardestRoles", "CNC-operatörer");
        assertThat(List.of(v0, v1, v2, v3, v4)).isSorted().doesNotHaveDuplicates();

        SurveyForm f = surveys.load(responseId);
        assertThat(f.version()).isEqualTo(v4);
        assertThat(f.answers()).filteredOn(a -> a.areaCode().equals("WELDING"))
                .containsExactly(new SurveyForm.AreaAnswer("WELDING", 2, 4, 7));
        assertThat(f.answeredAreas()).isEqualTo(1);
        assertThat(f.values().value("otherComments")).isEqualTo("Två svetsare");
        assertThat(f.values().value("hardestRoles")).isEqualTo("CNC-operatörer");
    }

    @Test
    void staleVersionIsAConflictAndStoresNothing() {
        long v0 = surveys.load(responseId).version();
        surveys.saveAnswer(responseId, v0, "LEAN", 1, 3, null); // "another tab"
        assertThatThrownBy(() -> surveys.saveAnswer(responseId, v0, "LEAN", 4, 4, null))
                .isInstanceOf(SurveyConflictException.class);
        assertThat(surveys.load(responseId).answers()).filteredOn(a -> a.areaCode().equals("LEAN"))
                .containsExactly(new SurveyForm.AreaAnswer("LEAN", 1, 3, null));
    }

    @Test
    void eachValidationErrorStoresNothing() {
        long v = surveys.saveAnswer(responseId, "CNC", 2, 3, 4);
        surveys.saveValue(responseId, null, "hardestRoles", "Svetsare");
        SurveyForm before = surveys.load(responseId);

        expectMessage(() -> surveys.saveAnswer(responseId, "UNDERWATER_BASKETS", 1, 2, 0), "survey.error.area");
        expectMessage(() -> surveys.saveAnswer(responseId, "CNC", 0, 3, 4), "survey.error.level");
        expectMessage(() -> surveys.saveAnswer(responseId, "CNC", 2, 5, 4), "survey.error.level");
        expectMessage(() -> surveys.saveAnswer(responseId, "CNC", 2, 3, -1), "survey.error.employees");
        expectMessage(() -> surveys.saveValue(responseId, null, "hardestRoles", "x".repeat(2001)),
                "survey.error.text.tooLong");
        expectMessage(() -> surveys.saveValue(responseId, null, "salary", "hemligt"), "survey.error.question");

        SurveyForm after = surveys.load(responseId);
        assertThat(after).isEqualTo(before);
        assertThat(after.version()).isEqualTo(v + 1);
    }

    @Test
    void textOfExactlyTheMaximumLengthIsAccepted() {
        surveys.saveValue(responseId, null, "hardestRoles", "y".repeat(2000));
        assertThat(surveys.load(responseId).values().value("hardestRoles")).hasSize(2000);
    }

    @Test
    void submitRequiresAllAreas() {
        answerAll(responseId, 2, 3);
        surveys.saveAnswer(responseId, "LEAN", 2, null, null);
        surveys.saveAnswer(responseId, "SWEDISH", null, null, null);
        assertThatThrownBy(() -> surveys.submit(responseId)).isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    assertThat(((UserMessageException) e).messageKey()).isEqualTo("survey.error.incomplete");
                    assertThat(((UserMessageException) e).args()).containsExactly(2L, "Kompetensmatris"); // the count and the sections left
                });
        assertThat(surveys.load(responseId).status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(events.stream(SurveySubmitted.class)).isEmpty();
    }

    @Test
    void submitPublishesSurveySubmitted() {
        answerAll(responseId, 2, 3);
        surveys.submit(responseId);

        assertThat(events.stream(SurveySubmitted.class))
                .containsExactly(new SurveySubmitted(responseId, w.companyA(), SurveyRound.FIRST));
        SurveyForm f = surveys.load(responseId);
        assertThat(f.status()).isEqualTo(SurveyStatus.SUBMITTED);
        assertThat(f.submittedAt()).isNotNull();
        assertThat(f.submittedBy()).isEqualTo(w.companyUserA());
    }

    @Test
    void submittedSurveyIsReadOnly() {
        answerAll(responseId, 2, 3);
        surveys.submit(responseId);
        long version = surveys.load(responseId).version();

        expectMessage(() -> surveys.saveAnswer(responseId, "LEAN", 4, 4, 1), "survey.error.submitted");
        expectMessage(() -> surveys.saveValue(responseId, null, "hardestRoles", "x"), "survey.error.submitted");
        expectMessage(() -> surveys.submit(responseId), "survey.error.submitted");
        SurveyForm f = surveys.load(responseId);
        assertThat(f.editable()).isFalse();
        assertThat(f.version()).isEqualTo(version);
        assertThat(events.stream(SurveySubmitted.class)).hasSize(1);
    }

    @Test
    void scoreAveragesPositiveGapsOfTheSubmittedResponse() {
        answerAll(responseId, 3, 3);
        surveys.saveAnswer(responseId, "AUTOMATION", 1, 4, 6);
        surveys.saveAnswer(responseId, "LEAN", 4, 2, null);
        surveys.submit(responseId);

        SurveyScore s = surveys.score(responseId);
        assertThat(s.companyId()).isEqualTo(w.companyA());
        assertThat(s.areas()).hasSize(CompetenceAreas.ALL.size());
        assertThat(s.areas().get(0)).isEqualTo(new AreaGap("AUTOMATION", 1, 4, 6));
        assertThat(s.maxGap()).isEqualTo(3);
        assertThat(s.averageGap()).isEqualTo(3.0 / CompetenceAreas.ALL.size());
        assertThat(surveys.scoreFor(w.companyA(), SurveyRound.FIRST)).contains(s);
        assertThat(surveys.scoreFor(w.companyA(), SurveyRound.FOLLOW_UP)).isEmpty();
    }

    @Test
    void anotherCompanysUserIsRefused() {
        SurveyTestData.runAs(users, w.companyUserB());
        assertThatThrownBy(() -> surveys.load(responseId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.saveAnswer(responseId, "LEAN", 1, 2, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.saveValue(responseId, null, "hardestRoles", "x")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.submit(responseId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.scoreFor(w.companyA(), SurveyRound.FIRST)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.compare(w.companyA())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.responseIdFor(w.companyA(), SurveyRound.FIRST)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void unknownResponseIsRefused() {
        assertThatThrownBy(() -> surveys.load(Long.MAX_VALUE)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.saveAnswer(Long.MAX_VALUE, "LEAN", 1, 2, null)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void coachOutsideTheDelprojektIsRefused() {
        SurveyTestData.runAs(users, w.coachB());
        assertThatThrownBy(() -> surveys.load(responseId)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.compare(w.companyA())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.scoreFor(w.companyA(), SurveyRound.FIRST)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void coachOfTheDelprojektSeesTheResponseButCannotChangeIt() {
        SurveyTestData.runAs(users, w.coachA());
        SurveyForm f = surveys.load(responseId);
        assertThat(f.editable()).isFalse();
        assertThatThrownBy(() -> surveys.saveAnswer(responseId, "LEAN", 1, 2, null)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> surveys.submit(responseId)).isInstanceOf(AccessRefusedException.class);
        SurveyTestData.runAs(users, w.managerA());
        assertThat(surveys.load(responseId).editable()).isFalse();
        SurveyTestData.runAs(users, w.admin());
        assertThat(surveys.load(responseId).editable()).isFalse();
    }

    @Test
    void compareReturnsBeforeAndAfterPerArea() {
        answerAll(responseId, 1, 3);
        surveys.submit(responseId);
        long followUp = surveys.open(w.companyA(), SurveyRound.FOLLOW_UP);
        answerAll(followUp, 2, 3);
        surveys.saveAnswer(followUp, "WELDING", 3, 4, null);

        SurveyTestData.runAs(users, w.coachA());
        List<AreaComparison> beforeFollowUpSubmitted = surveys.compare(w.companyA());
        assertThat(beforeFollowUpSubmitted).allSatisfy(c -> assertThat(c.currentAfter()).isNull());

        SurveyTestData.runAs(users, w.companyUserA());
        surveys.submit(followUp);
        List<AreaComparison> c = surveys.compare(w.companyA());
        assertThat(c).extracting(AreaComparison::areaCode).containsExactlyElementsOf(CompetenceAreas.ALL);
        assertThat(c).filteredOn(x -> x.areaCode().equals("WELDING"))
                .extracting(AreaComparison::currentBefore, AreaComparison::currentAfter,
                        AreaComparison::requiredBefore, AreaComparison::requiredAfter, AreaComparison::improvement)
                .containsExactly(tuple(1, 3, 3, 4, 2));
        assertThat(c).filteredOn(x -> x.areaCode().equals("LEAN"))
                .extracting(AreaComparison::improvement).containsExactly(1);
    }
}
