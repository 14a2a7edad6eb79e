package se.kompetensresan.security;

/** What a set-password token is worth. */
public enum InvitationStatus {
    VALID, UNKNOWN, USED, EXPIRED
}
