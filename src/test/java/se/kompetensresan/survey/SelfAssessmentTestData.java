package se.kompetensresan.survey;

import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.CompetenceAreas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A survey world whose project answers a questionnaire version with the employees' self-assessment. */
public final class SelfAssessmentTestData {

    private SelfAssessmentTestData() {
    }

    /** Publishes a flagged copy of the default questionnaire for the world's project and opens both kartläggningar. */
    public static void offer(SurveyTestData.World w, UserService users, ProjectService projects,
                             QuestionnaireService questionnaires, SurveyService surveys) {
        SurveyTestData.runAs(users, w.admin());
        long projectId = projects.subproject(w.subprojectA()).map(SubprojectInfo::projectId).orElseThrow();
        QuestionnaireInfo draft = questionnaires.newVersion(questionnaires.ensureDefault());
        questionnaires.setSelfAssessment(draft.id(), true);
        questionnaires.publish(draft.id(), Set.of(projectId));
        surveys.open(w.companyA(), SurveyRound.FIRST);
        surveys.open(w.companyB(), SurveyRound.FIRST);
    }

    /** Every area at the level, with the wish to learn. */
    public static Map<String, Integer> levels(int level) {
        Map<String, Integer> m = new LinkedHashMap<>();
        CompetenceAreas.ALL.forEach(a -> m.put(a, level));
        return m;
    }

    public static Map<String, Boolean> wishes(boolean wish) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        CompetenceAreas.ALL.forEach(a -> m.put(a, wish));
        return m;
    }

    /** The token of a link address. */
    public static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
