package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_SendSurveyReminder: e-mails the weekly reminder to the company and records it in the timeline. */
@Component("surveyReminderDelegate")
class SurveyReminderDelegate implements JavaDelegate {
    private final JourneyNotifications notifications;

    SurveyReminderDelegate(JourneyNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        notifications.surveyReminder(execution.getProcessBusinessKey(), vars.companyId(), vars.surveyResponseId());
    }
}
