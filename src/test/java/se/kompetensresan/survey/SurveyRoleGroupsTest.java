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
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The competence matrix per role group: what has to be answered, and the company total next to each group. */
class SurveyRoleGroupsTest extends OpenSurveyTest {

    @Test
    void theDefaultQuestionnaireHasTheFourRoleGroups() {
        assertThat(surveys.load(responseId).roleGroups()).extracting(RoleGroup::key, g -> g.label().sv())
                .containsExactly(tuple("operators", "Operatörer"), tuple("technicians", "Tekniker"),
                        tuple("teamLeaders", "Arbetsledare"), tuple("office", "Tjänstemän/kontor"));
    }

    @Test
    void perGroupEveryAreaOfEveryGroupTheCompanyHasIsRequired() {
        surveys.saveMatrixPerGroup(responseId, null, "matrix", true);
        surveys.saveGroupAbsent(responseId, null, "matrix", "teamLeaders", true);
        surveys.saveGroupAbsent(responseId, null, "matrix", "office", true);
        SurveyForm f = surveys.load(responseId);
        List<SurveyForm.Missing> matrix = f.missing().stream().filter(m -> m.sectionKey().equals("matrix")).toList();
        assertThat(matrix).hasSize(2 * CompetenceAreas.ALL.size())
                .extracting(SurveyForm.Missing::groupKey).containsOnly("operators", "technicians");

        for (String area : CompetenceAreas.ALL) {
            surveys.saveMatrixRow(responseId, null, "matrix", area, "operators", new MatrixRow(2, 3, null, 10));
        }
        assertThat(surveys.load(responseId).missing()).filteredOn(m -> m.sectionKey().equals("matrix"))
                .extracting(SurveyForm.Missing::groupKey).containsOnly("technicians");
        surveys.saveGroupAbsent(responseId, null, "matrix", "technicians", true);
        assertThat(surveys.load(responseId).missing()).noneMatch(m -> m.sectionKey().equals("matrix"));

        surveys.saveGroupAbsent(responseId, null, "matrix", "operators", true); // no group left: not answered
        assertThat(surveys.load(responseId).missing()).filteredOn(m -> m.sectionKey().equals("matrix"))
                .containsExactly(new SurveyForm.Missing("matrix", "matrix", null, null));
    }

    @Test
    void anUnknownGroupIsRefused() {
        assertThatThrownBy(() -> surveys.saveMatrixRow(responseId, null, "matrix", "LEAN", "astronauts",
                new MatrixRow(1, 2, null, null))).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey()).isEqualTo("survey.error.group");
        assertThatThrownBy(() -> surveys.saveGroupAbsent(responseId, null, "matrix", "astronauts", true))
                .isInstanceOf(UserMessageException.class);
    }

    @Test
    void theGapAnalysisShowsTheCompanyTotalAsTheMeanOfTheGroupsAndEachGroup() {
        surveys.saveMatrixPerGroup(responseId, null, "matrix", true);
        surveys.saveGroupAbsent(responseId, null, "matrix", "office", true);
        for (String area : CompetenceAreas.ALL) {
            surveys.saveMatrixRow(responseId, null, "matrix", area, "operators", new MatrixRow(1, 4, Priority.HIGH, 20));
            surveys.saveMatrixRow(responseId, null, "matrix", area, "technicians", new MatrixRow(2, 3, null, 5));
            surveys.saveMatrixRow(responseId, null, "matrix", area, "teamLeaders", new MatrixRow(3, 3, Priority.LOW, null));
            // an earlier answer for the office, then marked absent: counts nowhere
            surveys.saveMatrixRow(responseId, null, "matrix", area, "office", new MatrixRow(4, 1, null, 50));
        }
        SurveyTestData.answerCompanyQuestions(surveys, responseId);
        surveys.submit(responseId);

        SurveyTestData.runAs(users, w.coachA());
        AreaGap total = surveys.prioritisedGaps(w.companyA()).orElseThrow().areas().get(0);
        // current (1 + 2 + 3) / 3 = 2, required (4 + 3 + 3) / 3 = 3.33 → 3, employees 20 + 5
        assertThat(total).extracting(AreaGap::currentLevel, AreaGap::requiredLevel, AreaGap::employeesConcerned)
                .containsExactly(2, 3, 25);
        List<RoleGroupGaps> groups = surveys.roleGroupGaps(w.companyA());
        assertThat(groups).extracting(g -> g.group().key()).containsExactly("operators", "technicians", "teamLeaders");
        assertThat(groups.get(0).area("LEAN")).extracting(AreaGap::gap).isEqualTo(3);
        assertThat(groups.get(1).area("LEAN")).extracting(AreaGap::gap).isEqualTo(1);
        assertThat(groups.get(2).area("LEAN")).extracting(AreaGap::gap).isEqualTo(0);
    }

    @Test
    void answersWithoutGroupsKeepWorkingTheTotalIsTheSingleAnswer() {
        SurveyTestData.answerAndSubmit(surveys, users, w.companyUserA(), responseId, Map.of("LEAN", new int[]{1, 4, 6}));
        SurveyTestData.runAs(users, w.coachA());
        assertThat(surveys.roleGroupGaps(w.companyA())).isEmpty();
        assertThat(surveys.prioritisedGaps(w.companyA()).orElseThrow().areas().get(0))
                .extracting(AreaGap::areaCode, AreaGap::currentLevel, AreaGap::requiredLevel, AreaGap::employeesConcerned)
                .containsExactly("LEAN", 1, 4, 6);
    }

    @Test
    void switchingBackToTheWholeCompanyKeepsTheGroupAnswersButCountsTheSingleAnswer() {
        surveys.saveAnswer(responseId, "LEAN", 2, 2, 1);
        surveys.saveMatrixPerGroup(responseId, null, "matrix", true);
        surveys.saveMatrixRow(responseId, null, "matrix", "LEAN", "operators", new MatrixRow(1, 4, null, null));
        SurveyForm grouped = surveys.load(responseId);
        assertThat(grouped.answers()).filteredOn(a -> a.areaCode().equals("LEAN"))
                .containsExactly(new SurveyForm.AreaAnswer("LEAN", 1, 4, null));
        surveys.saveMatrixPerGroup(responseId, null, "matrix", false);
        SurveyForm whole = surveys.load(responseId);
        assertThat(whole.answers()).filteredOn(a -> a.areaCode().equals("LEAN"))
                .containsExactly(new SurveyForm.AreaAnswer("LEAN", 2, 2, 1));
        assertThat(whole.values().row("matrix", "LEAN", "operators")).isEqualTo(new MatrixRow(1, 4, null, null));
    }
}
