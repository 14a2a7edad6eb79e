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

/** User accounts: login lookup, creation, preferences. */
@Service
public class UserService implements UserDetailsService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final InvitationRepository invitations;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, InvitationRepository invitations) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.invitations = invitations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(u.username).password(u.passwordHash).disabled(!u.enabled)
                .roles(u.role.name()).build();
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

    /** Creates an account; used by the demo data and by administrators. */
    @Transactional
    public UserAccount create(UserForm n) {
        if (users.findByUsernameIgnoreCase(n.username()).isPresent()) {
            throw new IllegalArgumentException("username taken: " + n.username());
        }
        AppUser u = new AppUser();
        u.username = n.username();
        u.passwordHash = passwordEncoder.encode(n.rawPassword());
        u.displayName = n.displayName();
        u.email = n.email();
        u.role = n.role();
        u.companyId = n.companyId();
        u.subprojectIds = new HashSet<>(n.subprojectIds() == null ? Set.of() : n.subprojectIds());
        return toAccount(users.save(u));
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
     * Creates a disabled account with an unusable (random) password and returns a one-time token that sets
     * the password until {@code expiresAt}. The caller checks who may invite and e-mails the link.
     * The raw password of {@code n} is ignored.
     */
    @Transactional
    public String invite(UserForm n, Instant expiresAt) {
        if (users.findByUsernameIgnoreCase(n.username()).isPresent()) {
            throw new IllegalArgumentException("username taken: " + n.username());
        }
        AppUser u = new AppUser();
        u.username = n.username();
        u.passwordHash = passwordEncoder.encode(randomToken());
        u.displayName = n.displayName();
        u.email = n.email();
        u.role = n.role();
        u.companyId = n.companyId();
        u.subprojectIds = new HashSet<>(n.subprojectIds() == null ? Set.of() : n.subprojectIds());
        u.enabled = false;
        u = users.save(u);
        String token = randomToken();
        Invitation i = new Invitation();
        i.userId = u.id;
        i.tokenHash = sha256(token);
        i.expiresAt = expiresAt;
        invitations.save(i);
        return token;
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
     * The caller checks the password rules.
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
        u.passwordHash = passwordEncoder.encode(rawPassword);
        u.enabled = true;
        i.usedAt = now;
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
