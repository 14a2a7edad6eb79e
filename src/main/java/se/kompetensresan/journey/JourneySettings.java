package se.kompetensresan.journey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Timing of the journey process ({@code kompetensresan.journey.*}), as ISO 8601 strings the engine reads
 * in timer and due-date expressions: {@code ${journeySettings.followUpDelay}}. The bean is also known as
 * {@code journeySettings} (see {@link JourneyConfiguration}). The getters exist for the expression
 * language, which does not know record accessors. Every company task has a repeating reminder to the company and,
 * once, an escalation: a coach task to contact the company.
 *
 * @param surveyReminderCycle         repeating reminder while the survey is unanswered (R/P7D)
 * @param surveyEscalationAfter       when the coach is asked to contact a silent company (P21D)
 * @param followUpDelay               overrides every project's follow-up setting (empty: each project's "follow-up
 *                                    after N months" applies; PT2M in the demo profile) — see {@link FollowUpTimer}
 * @param coachTaskDue                due period of coach tasks (P14D)
 * @param companyTaskDue              due period of company tasks: survey, plan approval, attendance, follow-up (P14D)
 * @param planApprovalReminderCycle   repeating reminder while the development plan waits for the company (R/P7D)
 * @param planApprovalEscalationAfter when the coach is asked to contact a company that has not decided on the plan (P21D)
 * @param attendanceReminderCycle     repeating reminder while the company has not reported attendance (R/P7D)
 * @param attendanceEscalationAfter   when the coach is asked to contact a company that has not reported it (P21D)
 * @param followUpReminderCycle       repeating reminder while the follow-up survey is unanswered (R/P7D)
 * @param followUpEscalationAfter     when the coach is asked to contact a company that has not answered it (P21D)
 * @param manualReminderInterval      a coach's "send a reminder now" is refused for a task reminded less than this
 *                                    long ago (PT1H)
 */
@ConfigurationProperties("kompetensresan.journey")
public record JourneySettings(@DefaultValue("R/P7D") String surveyReminderCycle,
                              @DefaultValue("P21D") String surveyEscalationAfter,
                              @DefaultValue("") String followUpDelay,
                              @DefaultValue("P14D") String coachTaskDue,
                              @DefaultValue("P14D") String companyTaskDue,
                              @DefaultValue("R/P7D") String planApprovalReminderCycle,
                              @DefaultValue("P21D") String planApprovalEscalationAfter,
                              @DefaultValue("R/P7D") String attendanceReminderCycle,
                              @DefaultValue("P21D") String attendanceEscalationAfter,
                              @DefaultValue("R/P7D") String followUpReminderCycle,
                              @DefaultValue("P21D") String followUpEscalationAfter,
                              @DefaultValue("PT1H") Duration manualReminderInterval) {

    public JourneySettings {
        requireIso("survey-reminder-cycle", surveyReminderCycle, "R");
        requireIso("survey-escalation-after", surveyEscalationAfter, "P");
        if (followUpDelay != null && !followUpDelay.isBlank()) {
            requireIso("follow-up-delay", followUpDelay, "P");
        }
        requireIso("coach-task-due", coachTaskDue, "P");
        requireIso("company-task-due", companyTaskDue, "P");
        requireIso("plan-approval-reminder-cycle", planApprovalReminderCycle, "R");
        requireIso("plan-approval-escalation-after", planApprovalEscalationAfter, "P");
        requireIso("attendance-reminder-cycle", attendanceReminderCycle, "R");
        requireIso("attendance-escalation-after", attendanceEscalationAfter, "P");
        requireIso("follow-up-reminder-cycle", followUpReminderCycle, "R");
        requireIso("follow-up-escalation-after", followUpEscalationAfter, "P");
        if (manualReminderInterval == null || manualReminderInterval.isNegative()) {
            throw new IllegalArgumentException("kompetensresan.journey.manual-reminder-interval must be a duration of"
                    + " zero or more (PT1H), was " + manualReminderInterval);
        }
    }

    private static void requireIso(String name, String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            throw new IllegalArgumentException("kompetensresan.journey." + name + " must be an ISO 8601 "
                    + ("R".equals(prefix) ? "repeating interval (R/P7D)" : "duration (P14D)") + ", was " + value);
        }
    }

    /** The defaults (weekly reminders, escalation after three weeks, follow-up from the project, P14D, P14D, PT1H). */
    public static JourneySettings defaults() {
        return withFollowUpDelay("");
    }

    /** The defaults with the follow-up delay of the installation (empty: the project's). */
    public static JourneySettings withFollowUpDelay(String followUpDelay) {
        return new JourneySettings("R/P7D", "P21D", followUpDelay, "P14D", "P14D", "R/P7D", "P21D", "R/P7D", "P21D",
                "R/P7D", "P21D", Duration.ofHours(1));
    }

    public String getSurveyReminderCycle() {
        return surveyReminderCycle;
    }

    public String getSurveyEscalationAfter() {
        return surveyEscalationAfter;
    }

    public String getFollowUpDelay() {
        return followUpDelay;
    }

    public String getCoachTaskDue() {
        return coachTaskDue;
    }

    public String getCompanyTaskDue() {
        return companyTaskDue;
    }

    public String getPlanApprovalReminderCycle() {
        return planApprovalReminderCycle;
    }

    public String getPlanApprovalEscalationAfter() {
        return planApprovalEscalationAfter;
    }

    public String getAttendanceReminderCycle() {
        return attendanceReminderCycle;
    }

    public String getAttendanceEscalationAfter() {
        return attendanceEscalationAfter;
    }

    public String getFollowUpReminderCycle() {
        return followUpReminderCycle;
    }

    public String getFollowUpEscalationAfter() {
        return followUpEscalationAfter;
    }
}
