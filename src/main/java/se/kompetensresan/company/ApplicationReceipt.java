package se.kompetensresan.company;

/** The answer to a submitted application: its id and the reference shown to the company. */
public record ApplicationReceipt(long applicationId, String reference, boolean deMinimisWarning) {
}
