package se.kompetensresan.mail;

/**
 * Makes the one-time link of a kind of message when the message is sent ({@link MailService#queueWithLink}), so
 * that the token is never stored in the outbox. The mail module makes the set-password links itself; modules
 * above it register their own kinds as beans (e.g. the confirmation of a company application).
 */
public interface LinkMaker {

    /** The kind stored with the message, e.g. {@code APPLICATION_CONFIRMATION}. */
    String kind();

    /** A fresh link (absolute URL) for the subject (an id of the module's own), made now. */
    String make(long subjectId);
}
