package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.mail.TestMailbox;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sections with owners: who may give sections away, who may change them, and when the contact may submit. */
@SpringBootTest
@ActiveProfiles("test")
class SurveySectionsTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    ApplicationContext context;

    SurveyTestData.World w;
    long responseId;
    /** A second user of company A, with an e-mail address, and a third one. */
    String colleague;
    long colleagueId;
    String otherColleague;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(users, projects, companies);
        responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
        colleague = w.companyUserA() + "-prod";
        colleagueId = users.create(new UserForm(colleague, "secret", "Per Produktion", colleague + "@example.se",
                Role.COMPANY, w.companyA(), Set.of())).id();
        otherColleague = w.companyUserA() + "-hr";
        users.create(new UserForm(otherColleague, "secret", "Hanna HR", null, Role.COMPANY, w.companyA(), Set.of()));
        SurveyTestData.runAs(users, w.companyUserA()); // the company's first user: its contact
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private static void refused(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theCompanysFirstUserIsTheContactWhenNoUserHasTheContactAddress() {
        SurveyForm f = surveys.load(responseId);
        assertThat(f.contact()).isTrue();
        assertThat(f.editableSections()).containsExactlyInAnyOrder("company", "matrix", "strategy", "other");
        SurveyTestData.runAs(users, colleague);
        assertThat(surveys.load(responseId).contact()).isFalse();
    }

    @Test
    void onlyTheContactMayAssignASection() {
        SurveyTestData.runAs(users, colleague);
        refused(() -> surveys.assignSection(responseId, "strategy", colleagueId));
        SurveyTestData.runAs(users, w.coachA());
        refused(() -> surveys.assignSection(responseId, "strategy", colleagueId));
        SurveyTestData.runAs(users, w.companyUserB());
        refused(() -> surveys.assignSection(responseId, "strategy", colleagueId));

        SurveyTestData.runAs(users, w.companyUserA());
        surveys.assignSection(responseId, "strategy", colleagueId);
        assertThat(surveys.load(responseId).owners().get("strategy"))
                .isEqualTo(new SurveyForm.SectionOwner(colleagueId, "Per Produktion"));
    }

    @Test
    void aSectionCanBeGivenBackToTheContactAndGivenAwayAgain() {
        surveys.assignSection(responseId, "other", colleagueId);
        surveys.assignSection(responseId, "other", null);
        assertThat(surveys.load(responseId).owners()).isEmpty();
        surveys.assignSection(responseId, "other", colleagueId);
        surveys.saveValue(responseId, null, "otherComments", "Bra");
        surveys.assignSection(responseId, "other", null);
        surveys.assignSection(responseId, "other", colleagueId);
        assertThat(surveys.load(responseId).owners().get("other").userId()).isEqualTo(colleagueId);
    }

    @Test
    void aSectionCanOnlyGoToAUserOfTheSameCompany() {
        long userOfB = users.findAccount(w.companyUserB()).orElseThrow().id();
        assertThatThrownBy(() -> surveys.assignSection(responseId, "strategy", userOfB))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("survey.error.owner");
        assertThatThrownBy(() -> surveys.assignSection(responseId, "salaries", colleagueId))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("survey.error.section");
        assertThat(surveys.load(responseId).owners()).isEmpty();
    }

    @Test
    void anOwnerSavesOnlyTheirOwnSectionsAndAColleagueWithoutSectionsNone() {
        surveys.assignSection(responseId, "strategy", colleagueId);

        SurveyTestData.runAs(users, colleague);
        SurveyForm mine = surveys.load(responseId);
        assertThat(mine.editable()).isTrue();
        assertThat(mine.editableSections()).containsExactly("strategy");
        surveys.saveValue(responseId, mine.version(), "strategyLinked", "4");
        refused(() -> surveys.saveValue(responseId, null, "recruitmentCount", "2"));
        refused(() -> surveys.saveAnswer(responseId, "LEAN", 1, 2, 3));
        refused(() -> surveys.submit(responseId));

        SurveyTestData.runAs(users, otherColleague);
        SurveyForm none = surveys.load(responseId);
        assertThat(none.editable()).isFalse();
        assertThat(none.values().value("strategyLinked")).isEqualTo("4");
        refused(() -> surveys.saveValue(responseId, null, "strategyLinked", "1"));

        SurveyTestData.runAs(users, w.companyUserA()); // the contact may change every section, also the given ones
        surveys.saveValue(responseId, null, "strategyLinked", "5");
        assertThat(surveys.load(responseId).values().value("strategyLinked")).isEqualTo("5");
    }

    @Test
    void twoPeopleSavingDifferentSectionsAtOnceIsNoConflictButTheSameSectionIs() {
        surveys.assignSection(responseId, "strategy", colleagueId);
        long seen = surveys.load(responseId).version(); // both open the survey now

        surveys.saveValue(responseId, seen, "recruitmentCount", "4"); // the contact, in "company"
        SurveyTestData.runAs(users, colleague);
        surveys.saveValue(responseId, seen, "strategyLinked", "3"); // the colleague, in "strategy": no conflict
        SurveyTestData.runAs(users, w.companyUserA());
        assertThatThrownBy(() -> surveys.saveValue(responseId, seen, "leadersSupport", "2"))
                .isInstanceOf(SurveyConflictException.class); // "strategy" changed since the contact saw it
        SurveyForm f = surveys.load(responseId);
        assertThat(f.values().value("recruitmentCount")).isEqualTo("4");
        assertThat(f.values().value("strategyLinked")).isEqualTo("3");
        assertThat(f.values().value("leadersSupport")).isNull();
    }

    @Test
    void aColleagueInvitedForOneSectionCannotReadAnotherCompanysSurvey() {
        long responseB = surveys.open(w.companyB(), SurveyRound.FIRST);
        String email = "kalle-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        surveys.inviteSectionOwner(responseId, "matrix", "Kalle Kvalitet", email);

        var invited = users.findAccount(email).orElseThrow();
        assertThat(invited.companyId()).isEqualTo(w.companyA());
        assertThat(surveys.load(responseId).owners().get("matrix").userId()).isEqualTo(invited.id());
        List<String> mails = TestMailbox.deliver(context, email);
        assertThat(mails).anyMatch(m -> m.contains("/set-password/")); // the company's invitation
        assertThat(mails).filteredOn(m -> m.contains("/survey/" + responseId)).singleElement()
                .satisfies(m -> assertThat(m).contains(sectionTitle("matrix")).doesNotContain("set-password"));

        SurveyTestData.runAs(users, email);
        assertThat(surveys.load(responseId).editableSections()).containsExactly("matrix");
        refused(() -> surveys.load(responseB));
        refused(() -> surveys.responseIdFor(w.companyB(), SurveyRound.FIRST));
        refused(() -> surveys.saveAnswer(responseB, "LEAN", 1, 2, 3));
    }

    @Test
    void anInvitationWithAnInvalidAddressIsRefusedAndAssignsNothing() {
        assertThatThrownBy(() -> surveys.inviteSectionOwner(responseId, "matrix", "Kalle", "inte-en-adress"))
                .isInstanceOf(UserMessageException.class);
        assertThat(surveys.load(responseId).owners()).isEmpty();
    }

    @Test
    void submitIsRefusedWhileARequiredSectionIsUnansweredAndNamesTheSection() {
        surveys.assignSection(responseId, "strategy", colleagueId);
        for (String area : CompetenceAreas.ALL) {
            surveys.saveAnswer(responseId, area, 2, 3, 1);
        }
        surveys.saveValue(responseId, null, "recruitmentCount", "3");
        surveys.saveValue(responseId, null, "genderGoals", "no");
        surveys.saveValue(responseId, null, "trainingBudget", "lt50k");
        surveys.saveValue(responseId, null, "competencePlanning", "yearly");

        assertThatThrownBy(() -> surveys.submit(responseId)).isInstanceOf(UserMessageException.class)
                .satisfies(e -> {
                    UserMessageException m = (UserMessageException) e;
                    assertThat(m.messageKey()).isEqualTo("survey.error.incomplete");
                    assertThat(m.args()).containsExactly(3L, sectionTitle("strategy"));
                });
        assertThat(surveys.load(responseId).done(section("strategy"))).isFalse();
        assertThat(surveys.load(responseId).done(section("company"))).isTrue();

        SurveyTestData.runAs(users, colleague);
        surveys.saveValue(responseId, null, "strategyLinked", "3");
        surveys.saveValue(responseId, null, "leadersSupport", "4");
        surveys.saveValue(responseId, null, "learningCulture", "2");
        refused(() -> surveys.submit(responseId)); // the colleague answers, the contact submits

        SurveyTestData.runAs(users, w.companyUserA());
        SurveyForm f = surveys.load(responseId);
        assertThat(f.answeredRequiredItems(section("strategy"))).isEqualTo(3).isEqualTo(f.requiredItems(section("strategy")));
        surveys.submit(responseId);
        assertThat(surveys.load(responseId).status()).isEqualTo(SurveyStatus.SUBMITTED);
    }

    private Section section(String key) {
        return surveys.load(responseId).questionnaire().section(key).orElseThrow();
    }

    private String sectionTitle(String key) {
        return section(key).title().in(Locale.forLanguageTag("sv"));
    }
}
