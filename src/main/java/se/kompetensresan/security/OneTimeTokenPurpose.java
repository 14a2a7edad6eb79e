package se.kompetensresan.security;

/** What a one-time set-password token is for. */
public enum OneTimeTokenPurpose {
    /** the first password of an invited user (enables the account) */
    INVITATION,
    /** a forgotten password (the account must already be enabled) */
    RESET
}
