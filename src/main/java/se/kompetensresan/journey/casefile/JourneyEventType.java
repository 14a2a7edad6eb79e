package se.kompetensresan.journey.casefile;

/**
 * The kinds of entries of a journey's timeline; the UI text is {@code journey.event.<NAME>}. The arguments each
 * carries are listed beside it; a person's free text goes in the entry's note.
 */
public enum JourneyEventType {
    STARTED,
    /** the phase entered ({@code JourneyPhase} name) */
    PHASE_CHANGED,
    /**
     * a reminder of a company task: the task definition key, how many recipients; the actor is {@code system} for the
     * process's own, the coach's or manager's username for "send a reminder now"
     */
    REMINDER_SENT,
    /** participants reminded to sign a month: the month (yyyy-MM), how many; the actor as {@code REMINDER_SENT} */
    SIGNING_REMINDED,
    /** participants still not signed after the configured delay, told to the coaches: the month, how many */
    SIGNING_OVERDUE,
    SURVEY_SUBMITTED,
    /** note: the coach's contact note */
    COMPANY_CONTACTED,
    /** the coaching track, then the priority area codes */
    ANALYSIS_CONFIRMED,
    PLAN_SUBMITTED,
    PLAN_APPROVED,
    /** note: the company's comment */
    PLAN_REJECTED,
    /** training activity id, course name */
    TRAINING_BOOKED,
    /** training activity id, course name */
    ATTENDANCE_REPORTED,
    /** training activity id, course name */
    ATTENDANCE_APPROVED,
    /** how many recipients of the invitation to the follow-up survey */
    FOLLOW_UP_INVITED,
    FOLLOW_UP_SUBMITTED,
    /** note: the coach's closing note */
    CLOSED,
    COMPLETED,
    /** note: the reason */
    WITHDRAWAL_REQUESTED,
    WITHDRAWN,
    /** the task definition key (from the engine's history) */
    TASK_COMPLETED,
    /** the timer's activity id, for the end of a training the course name (from the engine's history) */
    TIMER_FIRED,
    /** the task definition key, the coach's username */
    TASK_ASSIGNED,
    /** the new coach's username */
    COACH_REASSIGNED,
    /** the file name */
    ATTACHMENT_ADDED;

    /** Entries whose arguments and note only coaches, managers and admins see. */
    public boolean isCoachNote() {
        return this == COMPANY_CONTACTED || this == CLOSED || this == TASK_ASSIGNED || this == COACH_REASSIGNED;
    }
}
