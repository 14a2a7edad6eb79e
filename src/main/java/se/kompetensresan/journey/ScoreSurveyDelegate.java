package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.SurveyScore;
import se.kompetensresan.survey.SurveyService;

/** ServiceTask_ScoreSurvey: the decision inputs averageGap, maxGap, strategicGap and employees. */
@Component("scoreSurveyDelegate")
class ScoreSurveyDelegate implements JavaDelegate {
    private final SurveyService surveys;
    private final CompanyService companies;

    ScoreSurveyDelegate(SurveyService surveys, CompanyService companies) {
        this.surveys = surveys;
        this.companies = companies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        SurveyScore score = surveys.score(vars.surveyResponseId());
        int employees = companies.lookup(vars.companyId()).map(CompanyInfo::employees).orElse(0);
        vars.averageGap(score.averageGap())
                .maxGap(score.maxGap())
                .strategicGap(score.gapOf(CompetenceAreas.STRATEGIC_COMPETENCE))
                .employees(employees);
    }
}
