package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder service tasks of every company task (ServiceTask_SendSurveyReminder, …PlanApproval…, …Attendance…,
 * …FollowUp…): e-mails the reminder to the company and records it in the timeline. Which task it reminds of
 * follows from the service task's id.
 */
@Component("taskReminderDelegate")
class TaskReminderDelegate implements JavaDelegate {
    private final JourneyNotifications notifications;

    TaskReminderDelegate(JourneyNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String taskKey = JourneyProcess.REMINDED_TASK_OF_SERVICE.get(execution.getCurrentActivityId());
        if (taskKey == null) {
            throw new IllegalStateException("no company task for reminder " + execution.getCurrentActivityId());
        }
        JourneyVariables vars = JourneyVariables.of(execution);
        notifications.reminder(execution.getProcessBusinessKey(), vars.companyId(), taskKey,
                JourneyProcess.companyTaskPath(taskKey, vars, vars.companyId()), JourneyRecorder.SYSTEM);
    }
}
