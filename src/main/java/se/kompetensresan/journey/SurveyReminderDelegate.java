package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SendSurveyReminder: records the weekly reminder in the journey's timeline.
 * TODO(later issue): send the reminder e-mail to the company's contact.
 */
@Component("surveyReminderDelegate")
class SurveyReminderDelegate implements JavaDelegate {
    private final JourneyRecorder recorder;

    SurveyReminderDelegate(JourneyRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recorder.record(execution.getProcessBusinessKey(), JourneyRecorder.SYSTEM, JourneyEventType.SURVEY_REMINDER, null);
    }
}
