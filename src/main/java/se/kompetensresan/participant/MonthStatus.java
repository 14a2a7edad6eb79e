package se.kompetensresan.participant;

/**
 * The state of one participant's month: OPEN (hours may change; also after a reopening) → SENT (the link is out)
 * → SIGNED (the participant confirmed) or DISPUTED (something is wrong; back to the company) → LOCKED (included in
 * a payment claim; changes only as adjustments in a later month).
 */
public enum MonthStatus {
    OPEN, SENT, SIGNED, DISPUTED, LOCKED
}
