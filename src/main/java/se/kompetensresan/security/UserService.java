package se.kompetensresan.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** User accounts: login lookup, creation, preferences. */
@Service
public class UserService implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
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

    /** Creates an account; used by the demo data and by administrators. */
    @Transactional
    public UserAccount create(NewUser n) {
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
    public List<UserAccount> byRoleInSubprojects(Role role, java.util.Collection<Long> subprojectIds) {
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

    static UserAccount toAccount(AppUser u) {
        return new UserAccount(u.id, u.username, u.displayName, u.email, u.role, u.companyId,
                Set.copyOf(u.subprojectIds), Locale.forLanguageTag(u.locale));
    }
}
