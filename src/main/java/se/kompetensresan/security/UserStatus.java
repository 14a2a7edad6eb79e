package se.kompetensresan.security;

/** An account as the users view shows it. */
public record UserStatus(UserAccount account, boolean enabled, boolean twoFactor, boolean locked) {
}
