package se.kompetensresan.participant;

/** What happened to a participant-month. */
public enum MonthEventType {
    SENT, REMINDED, ESCALATED, SIGNED, DISPUTED, REOPENED, CORRECTED, LOCKED, ADJUSTED, LINK_BLOCKED
}
