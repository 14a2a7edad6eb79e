package se.kompetensresan.survey;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class SelfAssessmentServiceTest {

    @Autowired
    SelfAssessmentService selfAssessments;
    @Autowired
    SurveyService surveys;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JdbcTemplate jdbc;

    SurveyTestData.World w;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(users, projects, companies);
        SelfAssessmentTestData.offer(w, users, projects, questionnaires, surveys);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private String linkOfA() {
        SurveyTestData.runAs(users, w.companyUserA());
        String link = selfAssessments.renewLink(w.companyA());
        SecurityContextHolder.clearContext();
        return SelfAssessmentTestData.token(link);
    }

    private void answer(String token, int level) {
        selfAssessments.answer(token, SelfAssessmentTestData.levels(level), SelfAssessmentTestData.wishes(level < 3));
    }

    @Test
    void theCompanysResultsAppearOnlyFromTheFifthAnswer() {
        String token = linkOfA();
        for (int i = 0; i < 4; i++) {
            answer(token, 2);
        }
        SurveyTestData.runAs(users, w.coachA());
        assertThat(selfAssessments.summary(w.companyA()).shown()).isFalse();
        assertThat(selfAssessments.summary(w.companyA()).areas()).isEmpty();
        assertThat(selfAssessments.link(w.companyA()).orElseThrow().answers()).isEqualTo(4);
        SecurityContextHolder.clearContext();
        answer(token, 4);
        SurveyTestData.runAs(users, w.coachA());
        SelfAssessmentSummary s = selfAssessments.summary(w.companyA());
        assertThat(s.shown()).isTrue();
        assertThat(s.area("WELDING").orElseThrow().meanLevel()).isEqualTo(2.4);
        assertThat(s.area("WELDING").orElseThrow().learnShare()).isEqualTo(0.8);
    }

    @Test
    void anAnswerIsStoredWithoutIdentityAndWithTheWeekOnly() {
        String token = linkOfA();
        answer(token, 3);
        List<String> answerColumns = columns("SELF_ASSESSMENT_ANSWER");
        assertThat(answerColumns).containsExactlyInAnyOrder("ID", "LINK_ID", "ANSWERED_WEEK");
        assertThat(columns("SELF_ASSESSMENT_AREA"))
                .containsExactlyInAnyOrder("ANSWER_ID", "AREA_CODE", "CURRENT_LEVEL", "WANTS_TO_LEARN");
        Map<String, Object> row = jdbc.queryForMap("select a.* from self_assessment_answer a join self_assessment_link l "
                + "on l.id = a.link_id where l.company_id = ?", w.companyA());
        assertThat(String.valueOf(row.get("ANSWERED_WEEK"))).matches("\\d{4}-W\\d{2}");
        assertThat(String.valueOf(row.get("ID"))).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
        // the link keeps the token's hash, never the token
        String stored = jdbc.queryForObject("select token_hash from self_assessment_link where company_id = ?", String.class,
                w.companyA());
        assertThat(stored).isNotEqualTo(token).matches("[0-9a-f]{64}");
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where upper(table_name) = ?",
                String.class, table).stream().map(String::toUpperCase).toList();
    }

    @Test
    void aWrongARenewedOrAClosedTokenOpensNoForm() {
        String first = linkOfA();
        assertThat(selfAssessments.form(first)).isPresent();
        assertThat(selfAssessments.form("x")).isEmpty();
        assertThat(selfAssessments.form(se.kompetensresan.shared.LinkTokens.newToken())).isEmpty();
        assertThat(selfAssessments.form(null)).isEmpty();
        String second = linkOfA();
        assertThat(selfAssessments.form(first)).isEmpty();
        assertThatThrownBy(() -> answer(first, 2)).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("survey.self.invalid");
        SurveyTestData.runAs(users, w.companyUserA());
        selfAssessments.closeLink(w.companyA());
        assertThat(selfAssessments.link(w.companyA()).orElseThrow().open()).isFalse();
        SecurityContextHolder.clearContext();
        assertThat(selfAssessments.form(second)).isEmpty();
    }

    @Test
    void aTokenReachesOnlyItsOwnCompanysForm() {
        String tokenA = linkOfA();
        SurveyTestData.runAs(users, w.companyUserB());
        String tokenB = SelfAssessmentTestData.token(selfAssessments.renewLink(w.companyB()));
        SecurityContextHolder.clearContext();
        assertThat(selfAssessments.form(tokenA).orElseThrow().companyName()).contains("Verkstad A");
        assertThat(selfAssessments.form(tokenB).orElseThrow().companyName()).contains("Verkstad B");
        answer(tokenA, 1);
        SurveyTestData.runAs(users, w.companyUserB());
        assertThat(selfAssessments.link(w.companyB()).orElseThrow().answers()).isZero();
        SurveyTestData.runAs(users, w.companyUserA());
        assertThat(selfAssessments.link(w.companyA()).orElseThrow().answers()).isEqualTo(1);
    }

    @Test
    void aCompanyUserCannotReadOrChangeAnotherCompanysSelfAssessment() {
        linkOfA();
        SurveyTestData.runAs(users, w.companyUserB());
        assertThatThrownBy(() -> selfAssessments.summary(w.companyA())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> selfAssessments.link(w.companyA())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> selfAssessments.renewLink(w.companyA())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> selfAssessments.closeLink(w.companyA())).isInstanceOf(AccessRefusedException.class);
        SurveyTestData.runAs(users, w.coachB());
        assertThatThrownBy(() -> selfAssessments.summary(w.companyA())).isInstanceOf(AccessRefusedException.class);
        SurveyTestData.runAs(users, w.coachA());
        assertThatThrownBy(() -> selfAssessments.renewLink(w.companyA())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anAnswerWithoutALevelOrAWishNamesTheMissingAreasAndStoresNothing() {
        String token = linkOfA();
        Map<String, Integer> levels = new HashMap<>(SelfAssessmentTestData.levels(2));
        levels.remove("WELDING");
        levels.put("LEAN", 7);
        Map<String, Boolean> wishes = new HashMap<>(SelfAssessmentTestData.wishes(true));
        wishes.remove("CNC");
        assertThatThrownBy(() -> selfAssessments.answer(token, levels, wishes))
                .isInstanceOfSatisfying(SelfAssessmentIncomplete.class, e -> {
                    assertThat(e.missingLevels()).containsExactlyInAnyOrder("WELDING", "LEAN");
                    assertThat(e.missingWishes()).containsExactly("CNC");
                });
        SurveyTestData.runAs(users, w.companyUserA());
        assertThat(selfAssessments.link(w.companyA()).orElseThrow().answers()).isZero();
    }
}
