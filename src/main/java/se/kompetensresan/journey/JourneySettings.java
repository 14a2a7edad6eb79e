package se.kompetensresan.journey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timing of the journey process ({@code kompetensresan.journey.*}), as ISO 8601 strings the engine reads
 * in timer and due-date expressions: {@code ${journeySettings.followUpDelay}}. The bean is also known as
 * {@code journeySettings} (see {@link JourneyConfiguration}). The getters exist for the expression
 * language, which does not know record accessors.
 *
 * @param surveyReminderCycle   repeating reminder while the survey is unanswered (R/P7D)
 * @param surveyEscalationAfter when the coach is asked to contact a silent company (P21D)
 * @param followUpDelay         overrides every project's follow-up setting (empty: each project's "follow-up after N
 *                              months" applies; PT2M in the demo profile) — see {@link FollowUpTimer}
 * @param coachTaskDue          due period of coach tasks (P14D)
 * @param companyTaskDue        due period of company tasks: survey, plan approval, attendance, follow-up (P14D)
 */
@ConfigurationProperties("kompetensresan.journey")
public record JourneySettings(@DefaultValue("R/P7D") String surveyReminderCycle,
                              @DefaultValue("P21D") String surveyEscalationAfter,
                              @DefaultValue("") String followUpDelay,
                              @DefaultValue("P14D") String coachTaskDue,
                              @DefaultValue("P14D") String companyTaskDue) {

    public JourneySettings {
        requireIso("survey-reminder-cycle", surveyReminderCycle, "R");
        requireIso("survey-escalation-after", surveyEscalationAfter, "P");
        if (followUpDelay != null && !followUpDelay.isBlank()) {
            requireIso("follow-up-delay", followUpDelay, "P");
        }
        requireIso("coach-task-due", coachTaskDue, "P");
        requireIso("company-task-due", companyTaskDue, "P");
    }

    private static void requireIso(String name, String value, String prefix) {
        if (value == null || !value.startsWith(prefix)) {
            throw new IllegalArgumentException("kompetensresan.journey." + name + " must be an ISO 8601 "
                    + ("R".equals(prefix) ? "repeating interval (R/P7D)" : "duration (P14D)") + ", was " + value);
        }
    }

    /** The defaults (R/P7D, P21D, follow-up from the project, P14D, P14D). */
    public static JourneySettings defaults() {
        return new JourneySettings("R/P7D", "P21D", "", "P14D", "P14D");
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
}
