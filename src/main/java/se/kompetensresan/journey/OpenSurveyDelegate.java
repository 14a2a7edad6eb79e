package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;

/** ServiceTask_OpenSurvey: opens the company's kartläggning; sets surveyResponseId. */
@Component("openSurveyDelegate")
class OpenSurveyDelegate implements JavaDelegate {
    private final SurveyService surveys;
    private final JourneyRepository journeys;

    OpenSurveyDelegate(SurveyService surveys, JourneyRepository journeys) {
        this.surveys = surveys;
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        long responseId = surveys.open(vars.companyId(), SurveyRound.FIRST, journeys.idOf(execution.getProcessBusinessKey()));
        vars.surveyResponseId(responseId);
    }
}
