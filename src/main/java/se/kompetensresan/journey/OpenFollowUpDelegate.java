package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;

/** ServiceTask_OpenFollowUp: opens the follow-up round of the survey; sets followUpResponseId. */
@Component("openFollowUpDelegate")
class OpenFollowUpDelegate implements JavaDelegate {
    private final SurveyService surveys;
    private final JourneyRepository journeys;

    OpenFollowUpDelegate(SurveyService surveys, JourneyRepository journeys) {
        this.surveys = surveys;
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        vars.followUpResponseId(surveys.open(vars.companyId(), SurveyRound.FOLLOW_UP, journeys.idOf(execution.getProcessBusinessKey())));
    }
}
