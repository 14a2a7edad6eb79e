package se.kompetensresan.security;

/**
 * A change to how a user signs in or what they may do, of which the user is told by e-mail (OWASP ASVS: users are
 * notified of changes to their authentication details), so that a change they did not make does not go unnoticed.
 */
public enum AccountChange {
    PASSWORD_CHANGED,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_RESET,
    ROLE_CHANGED,
    DISABLED,
    /** Not a change: a code of the authenticator app that was already used was given again (ASVS 2.8.5). */
    TOTP_CODE_REUSED;

    /** True for a notice of something that happened rather than a change (its mail has a body of its own). */
    public boolean notice() {
        return this == TOTP_CODE_REUSED;
    }
}
