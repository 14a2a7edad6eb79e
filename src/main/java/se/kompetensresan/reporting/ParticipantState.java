package se.kompetensresan.reporting;

/** Which participants a drill-down lists, as the dashboard counts them. */
public enum ParticipantState {
    /** started by the end of the period */
    TOTAL,
    /** started within the period */
    STARTED,
    /** started by the end of the period and not ended by then */
    ACTIVE,
    /** ended within the period */
    ENDED
}
