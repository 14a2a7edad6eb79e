package se.kompetensresan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;

/**
 * Sign-in settings ({@code kompetensresan.security.*}).
 *
 * @param twoFactorEnforced      true: the roles in {@code twoFactorRoles} must sign in with a TOTP code (enrolment is
 *                               forced at the first sign-in); false (demo and test profiles): offered, not forced.
 *                               The prod profile refuses to start with false ({@link ProductionGuard}).
 * @param twoFactorRoles         roles that need a second factor
 * @param passwordMinLength      shortest password accepted (ASVS 6.2.1: at least 12)
 * @param maxFailedLogins        failed sign-ins in a row after which the account is locked
 * @param firstLock              the first lock; every further failure doubles it, up to {@code maxLock}
 * @param maxLock                the longest lock
 * @param maxFailuresPerAddress  failed sign-ins from one client address within {@code addressWindow} before
 *                               that address is refused for the rest of the window (kept in memory per node)
 * @param addressWindow          the window of the per-address count
 * @param resetTokenValidity     how long a password-reset link works
 * @param bootstrapAdmin         creates the first ADMIN at start-up when there is none (production)
 * @param passwordHashCost       bcrypt's cost (log2 of its rounds) for new password hashes; ASVS 2.4.4 asks for at
 *                               least 10, which the prod profile enforces ({@link ProductionGuard}); the test profile
 *                               lowers it, since the suite creates thousands of accounts. A hash keeps the cost it
 *                               was made with, so a stored one still matches after a change
 */
@ConfigurationProperties("kompetensresan.security")
public record SecuritySettings(@DefaultValue("true") boolean twoFactorEnforced,
                               @DefaultValue({"ADMIN", "MANAGER", "COACH"}) Set<Role> twoFactorRoles,
                               @DefaultValue("12") int passwordMinLength,
                               @DefaultValue("5") int maxFailedLogins,
                               @DefaultValue("PT1M") Duration firstLock,
                               @DefaultValue("PT1H") Duration maxLock,
                               @DefaultValue("30") int maxFailuresPerAddress,
                               @DefaultValue("PT15M") Duration addressWindow,
                               @DefaultValue("PT1H") Duration resetTokenValidity,
                               @DefaultValue BootstrapAdmin bootstrapAdmin,
                               @DefaultValue("10") int passwordHashCost) {

    /** {@code kompetensresan.security.bootstrap-admin.username/email/password}: empty username = nothing to do. */
    public record BootstrapAdmin(@DefaultValue("") String username, @DefaultValue("") String email,
                                 @DefaultValue("") String password) {
    }

    /** True when the role must use a second factor (enforced or not). */
    boolean twoFactorRole(Role role) {
        return twoFactorRoles.contains(role);
    }
}
