package se.kompetensresan.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import se.kompetensresan.shared.UserMessageException;

/** User accounts: login lookup, creation, preferences. */
@Service
public class UserService implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UserService.class);
    static final int RECOVERY_CODES = 10;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final InvitationRepository invitations;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecuritySettings settings;
    private final PasswordPolicy passwordPolicy;
    private final SessionTerminator sessions;
    private final org.springframework.beans.factory.ObjectProvider<AccountMails> accountMails;
    private final java.time.Clock clock;
    private final StepUp stepUp;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final TotpSecrets totpSecrets;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, InvitationRepository invitations,
                RecoveryCodeRepository recoveryCodes, SecuritySettings settings, PasswordPolicy passwordPolicy,
                SessionTerminator sessions, org.springframework.beans.factory.ObjectProvider<AccountMails> accountMails,
                java.time.Clock clock, StepUp stepUp, org.springframework.context.ApplicationEventPublisher events,
                TotpSecrets totpSecrets) {
        this.totpSecrets = totpSecrets;
        this.stepUp = stepUp;
        this.events = events;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.invitations = invitations;
        this.recoveryCodes = recoveryCodes;
        this.settings = settings;
        this.passwordPolicy = passwordPolicy;
        this.sessions = sessions;
        this.accountMails = accountMails;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        boolean locked = u.lockedUntil != null && clock.instant().isBefore(u.lockedUntil);
        return User.withUsername(u.username).password(u.passwordHash).disabled(!u.enabled).accountLocked(locked)
                .roles(u.role.name()).build();
    }

    /**
     * A failed sign-in with this username: counted in the database; from the {@code maxFailedLogins}-th failure
     * in a row the account is locked, for {@code firstLock} doubled with every further failure (at most
     * {@code maxLock}). Returns the user id, or null for an unknown username.
     */
    @Transactional
    Long recordFailedLogin(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElse(null);
        if (u == null) {
            return null;
        }
        users.incrementFailedLogins(u.id);
        u = users.findById(u.id).orElseThrow();
        int over = u.failedLogins - settings.maxFailedLogins();
        if (over >= 0) {
            java.time.Duration lock = settings.firstLock().multipliedBy(1L << Math.min(over, 20));
            if (lock.compareTo(settings.maxLock()) > 0) {
                lock = settings.maxLock();
            }
            u.lockedUntil = clock.instant().plus(lock);
            LoginThrottle.LOG.warn("account of user {} locked until {} after {} failed sign-ins in a row",
                    u.id, u.lockedUntil, u.failedLogins);
        }
        return u.id;
    }

    /** A successful password check: the count of failures starts over. */
    @Transactional
    void recordSuccessfulLogin(String username) {
        users.findByUsernameIgnoreCase(username).ifPresent(u -> {
            u.failedLogins = 0;
            u.lockedUntil = null;
        });
    }

    /** True when this user must give a TOTP code after the password (enrolled, or enforced for the role). */
    @Transactional(readOnly = true)
    public boolean needsSecondFactor(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(u -> u.totpEnabled || (settings.twoFactorEnforced() && settings.twoFactorRole(u.role)))
                .orElse(false);
    }

    /** True when the user has a confirmed TOTP secret. */
    @Transactional(readOnly = true)
    public boolean twoFactorEnabled(String username) {
        return users.findByUsernameIgnoreCase(username).map(u -> u.totpEnabled).orElse(false);
    }

    /** Starts (or restarts) enrolment: a new secret, not yet active. Returns the QR data URI and the secret. */
    @Transactional
    public TwoFactorEnrolment startTwoFactorEnrolment(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElseThrow();
        if (u.totpEnabled) {
            throw new UserMessageException("security.twofactor.error.enabled");
        }
        String secret = TwoFactor.newSecret();
        u.totpSecret = totpSecrets.seal(secret);
        return new TwoFactorEnrolment(secret, TwoFactor.qrDataUri(secret, u.username),
                TwoFactor.otpauthUri(secret, u.username));
    }

    /**
     * Confirms enrolment with the first code from the app: two-factor is on; returns the recovery codes (shown
     * once, only hashes kept). Refusal: {@code security.twofactor.error.code}.
     */
    @Transactional
    public List<String> confirmTwoFactorEnrolment(String username, String code) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElseThrow();
        if (u.totpEnabled || u.totpSecret == null) {
            throw new UserMessageException("security.twofactor.error.code");
        }
        var step = TwoFactor.matchingStep(totpSecrets.open(u.totpSecret), code, clock.instant());
        if (step.isEmpty()) {
            throw new UserMessageException("security.twofactor.error.code");
        }
        u.totpEnabled = true;
        u.totpLastStep = step.getAsLong();
        tellUser(u, AccountChange.TWO_FACTOR_ENABLED);
        LOG.info("two-factor sign-in enrolled for user {}", u.id);
        return newRecoveryCodes(u.id);
    }

    /**
     * Checks the second factor at sign-in: a TOTP code (each code once) or an unused recovery code (used up).
     * A wrong code counts as a failed sign-in (the same lock as passwords).
     */
    @Transactional
    public boolean verifySecondFactor(String username, String code) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElse(null);
        if (u == null || !u.totpEnabled || code == null) {
            return false;
        }
        if (u.lockedUntil != null && clock.instant().isBefore(u.lockedUntil)) {
            return false;
        }
        String c = code.strip();
        var step = TwoFactor.matchingStep(totpSecrets.open(u.totpSecret), c, clock.instant());
        if (step.isPresent() && (u.totpLastStep == null || step.getAsLong() > u.totpLastStep)) {
            u.totpLastStep = step.getAsLong();
            return true;
        }
        if (step.isPresent() && step.getAsLong() == u.totpLastStep) {
            // the code that was accepted last, given again: someone may have the password and have seen the code
            LoginThrottle.LOG.warn("second factor refused for user {} from {}: a code already used was given again",
                    u.id, CurrentSession.address());
            tellUser(u, AccountChange.TOTP_CODE_REUSED);
        }
        String hash = sha256(c.toUpperCase(Locale.ROOT).replace("-", ""));
        for (RecoveryCode r : recoveryCodes.findByUserId(u.id)) {
            if (r.usedAt == null && java.security.MessageDigest.isEqual(r.codeHash.getBytes(), hash.getBytes())) {
                r.usedAt = clock.instant();
                LOG.info("user {} signed in with a recovery code", u.id);
                return true;
            }
        }
        recordFailedLogin(username);
        LoginThrottle.LOG.warn("second factor refused for user {}", u.id);
        return false;
    }

    /** True when the signed-in user has two-factor sign-in (the step-up asks for their code too). */
    @Transactional(readOnly = true)
    public boolean currentUserHasTwoFactor() {
        return signedInUser().map(u -> u.totpEnabled).orElse(false);
    }

    /**
     * Step-up (ASVS 4.3.3): the signed-in user confirms who they are before a high-value action with their
     * password, and their TOTP code (or a recovery code) when they have two-factor sign-in; the step-up then holds
     * for {@link StepUp#FRESH} in this session. A wrong password counts as a failed sign-in (the same lock and
     * per-address count as the login form), a wrong code too; a locked account is refused. Refusals:
     * {@code security.stepup.error.password}, {@code .code}, {@code .locked}.
     */
    @Transactional(noRollbackFor = UserMessageException.class)
    public void confirmIdentity(String password, String code) {
        AppUser u = signedInUser().orElseThrow(() -> new AccessRefusedException("no signed-in user", false));
        if (u.lockedUntil != null && clock.instant().isBefore(u.lockedUntil)) {
            LoginThrottle.LOG.warn("step-up refused for user {} from {}: account locked", u.id, CurrentSession.address());
            throw new UserMessageException("security.stepup.error.locked");
        }
        if (password == null || !passwordEncoder.matches(password, u.passwordHash)) {
            var attempt = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(u.username, null);
            attempt.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(
                    CurrentSession.address(), null));
            // the login throttle counts it for the account and the address, and logs it
            events.publishEvent(new org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent(
                    attempt, new org.springframework.security.authentication.BadCredentialsException("step-up")));
            LoginThrottle.LOG.warn("step-up refused for user {}: wrong password", u.id);
            throw new UserMessageException("security.stepup.error.password");
        }
        if (u.totpEnabled && !verifySecondFactor(u.username, code)) {
            throw new UserMessageException("security.stepup.error.code");
        }
        u.failedLogins = 0;
        stepUp.mark(u.username);
        LOG.info("user {} confirmed who they are (step-up)", u.id);
    }

    private Optional<AppUser> signedInUser() {
        var a = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken
                || a instanceof TwoFactorGate.Pending) {
            return Optional.empty();
        }
        return users.findByUsernameIgnoreCase(a.getName());
    }

    /** Unused recovery codes left. */
    @Transactional(readOnly = true)
    public long recoveryCodesLeft(String username) {
        return users.findByUsernameIgnoreCase(username)
                .map(u -> recoveryCodes.findByUserId(u.id).stream().filter(r -> r.usedAt == null).count()).orElse(0L);
    }

    private List<String> newRecoveryCodes(long userId) {
        recoveryCodes.deleteByUserId(userId);
        List<String> codes = new java.util.ArrayList<>();
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 10; j++) {
                b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            String code = b.substring(0, 5) + "-" + b.substring(5);
            RecoveryCode r = new RecoveryCode();
            r.userId = userId;
            r.codeHash = sha256(b.toString());
            recoveryCodes.save(r);
            codes.add(code);
        }
        return codes;
    }

    /** Tells the user of a change to their account by e-mail (once the change is committed with the mail). */
    private void tellUser(AppUser u, AccountChange change) {
        accountMails.getObject().notifyChange(u.id, change);
    }

    /** The signed-in user changes their password (the current one is checked); other sessions end. */
    @Transactional
    public void changePassword(String username, String current, String newPassword, String repeat) {
        AppUser u = users.findByUsernameIgnoreCase(username).orElseThrow();
        if (current == null || !passwordEncoder.matches(current, u.passwordHash)) {
            throw new UserMessageException("security.password.error.current");
        }
        passwordPolicy.check(newPassword, u.username);
        if (!newPassword.equals(repeat)) {
            throw new UserMessageException("security.password.error.repeat");
        }
        u.passwordHash = passwordEncoder.encode(newPassword);
        u.passwordChangedAt = clock.instant();
        sessions.endOtherSessionsOf(u);
        tellUser(u, AccountChange.PASSWORD_CHANGED);
        LOG.info("user {} changed the password", u.id);
    }

    /**
     * Anyone: asks for a password-reset link for a username or e-mail address. The answer never says whether the
     * account exists; an enabled account gets the e-mail (link valid {@code resetTokenValidity}).
     */
    @Transactional
    public void requestPasswordReset(String usernameOrEmail) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 320) {
            return;
        }
        String q = usernameOrEmail.strip();
        users.findByUsernameIgnoreCase(q).or(() -> users.findFirstByEmailIgnoreCase(q))
                .filter(u -> u.enabled && u.email != null && !u.email.isBlank())
                .ifPresent(u -> {
                    LOG.info("password reset requested for user {}", u.id);
                    accountMails.getObject().sendPasswordReset(u.id);
                });
    }

    /**
     * Makes a new one-time token for the user (an unusable link before): called by the mail module when it sends
     * the mail, so that the token exists only in the mail. Older unused tokens of the same purpose stop working.
     */
    @Transactional
    public String issueOneTimeToken(long userId, OneTimeTokenPurpose purpose) {
        java.time.Duration validity = purpose == OneTimeTokenPurpose.RESET ? settings.resetTokenValidity()
                : java.time.Duration.ofDays(7);
        for (Invitation old : invitations.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose)) {
            old.usedAt = clock.instant();
        }
        String token = randomToken();
        Invitation i = new Invitation();
        i.userId = userId;
        i.tokenHash = sha256(token);
        i.expiresAt = clock.instant().plus(validity);
        i.purpose = purpose;
        invitations.save(i);
        return token;
    }

    /** For the mail module: the recipient of an account mail (address, display name, language, username). */
    @Transactional(readOnly = true)
    public Optional<UserAccount> account(long userId) {
        return users.findById(userId).map(UserService::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findAccount(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserService::toAccount);
    }

    /** People's names by username, in one query (a username without an account keeps itself as its name). */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> out = new HashMap<>();
        usernames.stream().filter(Objects::nonNull).forEach(n -> out.put(n, n));
        if (!out.isEmpty()) {
            users.findByUsernameIn(out.keySet()).forEach(u -> out.put(u.username, toAccount(u).name()));
        }
        return out;
    }

    /**
     * The accounts behind Camunda assignees ({@link UserAccount#assigneeId}), in at most two queries, keyed by the
     * assignee value: an id is looked up by id; an older non-numeric value (from before assignees were ids) is a
     * username. An assignee without an account is missing from the map.
     */
    @Transactional(readOnly = true)
    public Map<String, UserAccount> accountsOfAssignees(Collection<String> assignees) {
        Map<Long, String> byId = new HashMap<>();
        Set<String> names = new HashSet<>();
        assignees.stream().filter(Objects::nonNull).forEach(a -> {
            Long id = assigneeNumber(a);
            if (id == null) {
                names.add(a);
            } else {
                byId.put(id, a);
            }
        });
        Map<String, UserAccount> out = new HashMap<>();
        if (!byId.isEmpty()) {
            users.findAllById(byId.keySet()).forEach(u -> out.put(byId.get(u.id), toAccount(u)));
        }
        if (!names.isEmpty()) {
            users.findByUsernameIn(names).forEach(u -> out.put(u.username, toAccount(u)));
        }
        return out;
    }

    /** The usernames behind Camunda assignees, as {@link #accountsOfAssignees} (an unknown one maps to itself). */
    @Transactional(readOnly = true)
    public Map<String, String> usernamesOfAssignees(Collection<String> assignees) {
        Map<String, UserAccount> accounts = accountsOfAssignees(assignees);
        Map<String, String> out = new HashMap<>();
        assignees.stream().filter(Objects::nonNull)
                .forEach(a -> out.put(a, accounts.containsKey(a) ? accounts.get(a).username() : a));
        return out;
    }

    private static Long assigneeNumber(String assignee) {
        if (assignee.isEmpty() || assignee.length() > 18 || !assignee.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(assignee);
    }

    /**
     * Creates an enabled account with the given password, without the password policy: used by the demo data and
     * tests. Administrators go through {@link #createByAdmin}, the first production admin through {@link BootstrapAdmin}.
     */
    @Transactional
    public UserAccount create(UserForm n) {
        if (users.findByUsernameIgnoreCase(n.username()).isPresent()) {
            throw new IllegalArgumentException("username taken");
        }
        AppUser u = new AppUser();
        u.username = n.username();
        u.passwordHash = passwordEncoder.encode(n.rawPassword());
        u.displayName = n.displayName();
        u.email = n.email();
        u.role = n.role();
        u.companyId = n.companyId();
        u.subprojectIds = new HashSet<>(n.subprojectIds() == null ? Set.of() : n.subprojectIds());
        u.passwordChangedAt = clock.instant();
        return toAccount(users.save(u));
    }

    /**
     * ADMIN: creates a user. With {@code invite} the account stays disabled and the user gets an e-mail with a
     * link to set the password; otherwise the given password must pass the policy. Refusals:
     * {@code security.users.error.*} and {@code security.password.error.*}.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount createByAdmin(UserForm n, boolean invite) {
        UserAccountRules.check(n);
        if (users.findByUsernameIgnoreCase(n.username().strip()).isPresent()) {
            throw new UserMessageException("security.users.error.username.taken");
        }
        if (invite && (n.email() == null || n.email().isBlank())) {
            throw new UserMessageException("security.users.error.email.required");
        }
        UserForm clean = new UserForm(n.username().strip(), n.rawPassword(), n.displayName().strip(),
                n.email() == null || n.email().isBlank() ? null : n.email().strip(), n.role(), n.companyId(), n.subprojectIds());
        if (invite) {
            AppUser u = newUser(clean, passwordEncoder.encode(randomToken()));
            u.enabled = false;
            u = users.save(u);
            LOG.info("user {} invited ({})", u.id, u.role);
            accountMails.getObject().sendInvitation(u.id);
            return toAccount(u);
        }
        passwordPolicy.check(n.rawPassword(), clean.username());
        AppUser u = users.save(newUser(clean, passwordEncoder.encode(n.rawPassword())));
        u.passwordChangedAt = clock.instant();
        LOG.info("user {} created ({})", u.id, u.role);
        return toAccount(u);
    }

    /** ADMIN, after a step-up ({@link StepUp}): enables or disables an account; a disabled user's sessions end at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount setEnabled(long userId, boolean enabled) {
        AppUser u = users.findById(userId).orElseThrow(() -> new UserMessageException("security.users.error.unknown"));
        stepUp.require("changing the status of user " + userId);
        u.enabled = enabled;
        if (!enabled) {
            sessions.endSessionsOf(u);
            tellUser(u, AccountChange.DISABLED);
        }
        LOG.info("user {} {}", u.id, enabled ? "enabled" : "disabled");
        return toAccount(u);
    }

    /**
     * ADMIN, after a step-up ({@link StepUp}): changes role and scope (company or delprojekt); the user's sessions
     * end so that nothing old is kept.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserAccount changeRoleAndScope(long userId, Role role, Long companyId, Set<Long> subprojectIds) {
        AppUser u = users.findById(userId).orElseThrow(() -> new UserMessageException("security.users.error.unknown"));
        UserAccountRules.checkScope(role, companyId, subprojectIds);
        stepUp.require("changing the role or scope of user " + userId);
        u.role = role;
        u.companyId = role == Role.COMPANY ? companyId : null;
        u.subprojectIds = new HashSet<>(role == Role.COACH || role == Role.MANAGER ? subprojectIds : Set.of());
        sessions.endSessionsOf(u);
        tellUser(u, AccountChange.ROLE_CHANGED);
        LOG.info("user {} now {} (scope changed)", u.id, role);
        return toAccount(u);
    }

    /** ADMIN, after a step-up ({@link StepUp}): removes the user's second factor (lost phone); they enrol again at the next sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetTwoFactor(long userId) {
        AppUser u = users.findById(userId).orElseThrow(() -> new UserMessageException("security.users.error.unknown"));
        stepUp.require("resetting the two-factor sign-in of user " + userId);
        u.totpEnabled = false;
        u.totpSecret = null;
        u.totpLastStep = null;
        recoveryCodes.deleteByUserId(u.id);
        sessions.endSessionsOf(u);
        tellUser(u, AccountChange.TWO_FACTOR_RESET);
        LOG.info("two-factor sign-in of user {} reset by an administrator", u.id);
    }

    /** ADMIN: lifts a sign-in lock. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long userId) {
        users.findById(userId).ifPresent(u -> {
            u.failedLogins = 0;
            u.lockedUntil = null;
        });
    }

    /** ADMIN: the state of every account for the users view. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserStatus> statuses() {
        java.time.Instant now = clock.instant();
        return users.findAll().stream().map(u -> new UserStatus(toAccount(u), u.enabled, u.totpEnabled,
                        u.lockedUntil != null && now.isBefore(u.lockedUntil)))
                .sorted((a, b) -> a.account().username().compareToIgnoreCase(b.account().username())).toList();
    }

    /** True when at least one ADMIN exists. */
    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    /** The bootstrap admin: created with a checked password. */
    @Transactional
    UserAccount createBootstrapAdmin(String username, String email, String rawPassword) {
        passwordPolicy.check(rawPassword, username);
        AppUser u = users.save(newUser(new UserForm(username, null, username, email, Role.ADMIN, null, Set.of()),
                passwordEncoder.encode(rawPassword)));
        u.passwordChangedAt = clock.instant();
        return toAccount(u);
    }

    private static AppUser newUser(UserForm n, String hash) {
        AppUser u = new AppUser();
        u.username = n.username();
        u.passwordHash = hash;
        u.displayName = n.displayName();
        u.email = n.email();
        u.role = n.role();
        u.companyId = n.role() == Role.COMPANY ? n.companyId() : null;
        u.subprojectIds = new HashSet<>(n.subprojectIds() == null ? Set.of() : n.subprojectIds());
        return u;
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> all() {
        return users.findAll().stream().map(UserService::toAccount)
                .sorted((a, b) -> a.username().compareToIgnoreCase(b.username())).toList();
    }

    /** Every user of a role; used by the process glue (for example the Cockpit identity sync). */
    @Transactional(readOnly = true)
    public List<UserAccount> byRole(Role role) {
        return users.findByRoleOrderByDisplayName(role).stream().map(UserService::toAccount).toList();
    }

    /** Every user of a role who works in at least one of the delprojekt (e.g. the coaches a task may go to). */
    @Transactional(readOnly = true)
    public List<UserAccount> byRoleInSubprojects(Role role, Collection<Long> subprojectIds) {
        return users.findByRoleOrderByDisplayName(role).stream().map(UserService::toAccount)
                .filter(u -> u.subprojectIds().stream().anyMatch(subprojectIds::contains)).toList();
    }

    /** True when any account's password equals the given raw password (the production guard uses it). */
    @Transactional(readOnly = true)
    public boolean anyPasswordEquals(String rawPassword) {
        return users.findAll().stream().anyMatch(u -> passwordEncoder.matches(rawPassword, u.passwordHash));
    }

    /** Remembers the language the user chose. */
    @Transactional
    public void setLocale(String username, Locale locale) {
        users.findByUsernameIgnoreCase(username).ifPresent(u -> u.locale = locale.getLanguage());
    }

    /** The accounts that belong to a company; the caller checks the tenant. */
    @Transactional(readOnly = true)
    public List<UserAccount> ofCompany(long companyId) {
        return users.findByCompanyId(companyId).stream().map(UserService::toAccount)
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName())).toList();
    }

    /**
     * Creates a disabled account with an unusable (random) password and returns its id; the caller checks who may
     * invite and queues the mail with {@code MailService.queueWithLink}, whose link (a one-time token from
     * {@link #issueOneTimeToken}, valid 7 days) is made when the mail is sent. The raw password of {@code n} is ignored.
     */
    @Transactional
    public long invite(UserForm n) {
        if (users.findByUsernameIgnoreCase(n.username()).isPresent()) {
            throw new IllegalArgumentException("username taken");
        }
        AppUser u = users.save(newUser(n, passwordEncoder.encode(randomToken())));
        u.enabled = false;
        return u.id;
    }

    /** Whether the token can still set a password. */
    @Transactional(readOnly = true)
    public InvitationStatus invitationStatus(String token, Instant now) {
        return token == null ? InvitationStatus.UNKNOWN
                : invitations.findByTokenHash(sha256(token)).map(i -> status(i, now)).orElse(InvitationStatus.UNKNOWN);
    }

    /**
     * Sets the password with a one-time token and enables the account; the token is used up. Returns
     * {@link InvitationStatus#VALID} when the password was set, otherwise why not (nothing changes).
     * The password must pass the {@link PasswordPolicy} ({@code security.password.error.*}).
     */
    @Transactional
    public InvitationStatus setPasswordWithInvitation(String token, String rawPassword, Instant now) {
        if (token == null) {
            return InvitationStatus.UNKNOWN;
        }
        Invitation i = invitations.findByTokenHash(sha256(token)).orElse(null);
        if (i == null) {
            return InvitationStatus.UNKNOWN;
        }
        InvitationStatus s = status(i, now);
        if (s != InvitationStatus.VALID) {
            return s;
        }
        AppUser u = users.findById(i.userId).orElseThrow();
        if (i.purpose == OneTimeTokenPurpose.RESET && !u.enabled) {
            return InvitationStatus.UNKNOWN; // a disabled account is not opened again by a reset link
        }
        passwordPolicy.check(rawPassword, u.username);
        u.passwordHash = passwordEncoder.encode(rawPassword);
        u.passwordChangedAt = now;
        u.enabled = true;
        u.failedLogins = 0;
        u.lockedUntil = null;
        i.usedAt = now;
        sessions.endSessionsOf(u);
        if (i.purpose == OneTimeTokenPurpose.RESET) {
            tellUser(u, AccountChange.PASSWORD_CHANGED);
        }
        LOG.info("user {} set a password with a one-time link ({})", u.id, i.purpose);
        return InvitationStatus.VALID;
    }

    /** The username the token was made for, while it is valid. */
    @Transactional(readOnly = true)
    public Optional<String> invitedUsername(String token, Instant now) {
        return token == null ? Optional.empty() : invitations.findByTokenHash(sha256(token))
                .filter(i -> status(i, now) == InvitationStatus.VALID)
                .flatMap(i -> users.findById(i.userId)).map(u -> u.username);
    }

    private static InvitationStatus status(Invitation i, Instant now) {
        if (i.usedAt != null) {
            return InvitationStatus.USED;
        }
        return now.isAfter(i.expiresAt) ? InvitationStatus.EXPIRED : InvitationStatus.VALID;
    }

    private static String randomToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The coaches or managers who work in the delprojekt. */
    @Transactional(readOnly = true)
    public List<UserAccount> membersOf(long subprojectId, Role role) {
        return users.findByRoleOrderByDisplayName(role).stream().filter(u -> u.subprojectIds.contains(subprojectId))
                .map(UserService::toAccount).toList();
    }

    /**
     * Makes exactly these users (coaches or managers, by id) the members of the delprojekt with that role;
     * others of the role leave it. Only ADMIN and MANAGER may call it; the project module checks the project.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public void setMembers(long subprojectId, Role role, Set<Long> userIds) {
        if (role != Role.COACH && role != Role.MANAGER) {
            throw new IllegalArgumentException("only coaches and managers work in a delprojekt");
        }
        for (AppUser u : users.findByRoleOrderByDisplayName(role)) {
            if (userIds.contains(u.id)) {
                u.subprojectIds.add(subprojectId);
            } else {
                u.subprojectIds.remove(subprojectId);
            }
        }
    }

    static UserAccount toAccount(AppUser u) {
        return new UserAccount(u.id, u.username, u.displayName, u.email, u.role, u.companyId,
                Set.copyOf(u.subprojectIds), Locale.forLanguageTag(u.locale));
    }
}
