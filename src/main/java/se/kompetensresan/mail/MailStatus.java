package se.kompetensresan.mail;

/** Where an outbox message stands. */
public enum MailStatus {
    QUEUED, SENT, FAILED
}
