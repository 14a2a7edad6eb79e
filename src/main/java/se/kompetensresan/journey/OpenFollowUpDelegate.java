package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;

/**
 * ServiceTask_OpenFollowUp: opens the follow-up round of the survey, sets followUpResponseId and invites the
 * company by e-mail (in the same transaction: a retried job neither opens nor mails twice).
 */
@Component("openFollowUpDelegate")
class OpenFollowUpDelegate implements JavaDelegate {
    private final SurveyService surveys;
    private final JourneyRepository journeys;
    private final JourneyNotifications notifications;

    OpenFollowUpDelegate(SurveyService surveys, JourneyRepository journeys, JourneyNotifications notifications) {
        this.surveys = surveys;
        this.journeys = journeys;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        long responseId = surveys.open(vars.companyId(), SurveyRound.FOLLOW_UP, journeys.idOf(execution.getProcessBusinessKey()));
        vars.followUpResponseId(responseId);
        notifications.followUpInvitation(execution.getProcessBusinessKey(), vars.companyId(), responseId);
    }
}
