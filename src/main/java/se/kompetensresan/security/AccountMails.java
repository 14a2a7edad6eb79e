package se.kompetensresan.security;

/**
 * The e-mails of the account life cycle, implemented by the mail module (which depends on this one). The link
 * of each is made when the mail is sent ({@link UserService#issueOneTimeToken}), never stored in the outbox.
 */
public interface AccountMails {

    /** An administrator invited a user: a link to set the first password. */
    void sendInvitation(long userId);

    /** The user asked for a new password: a link to set it. */
    void sendPasswordReset(long userId);

    /** Tells the user what changed on their account and when; no link, only whom to contact if it was not them. */
    void notifyChange(long userId, AccountChange change);
}
