package se.kompetensresan.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    /** The account whatever the case of the username, with its delprojekt in the same statement (every tenant check reads them). */
    default Optional<AppUser> findByUsernameIgnoreCase(String username) {
        return findByUsernameKey(AppUser.key(username));
    }

    /** By the indexed lower-cased username ({@link AppUser#usernameKey}). */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "subprojectIds")
    Optional<AppUser> findByUsernameKey(String usernameKey);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleOrderByDisplayName(Role role);

    List<AppUser> findByCompanyId(long companyId);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByRole(Role role);

    List<AppUser> findByTotpSecretNotNull();

    /** When the user's sessions were last ended; null if never (or no such user). */
    default java.time.Instant sessionsEndedAt(String username) {
        return sessionsEndedAtOfKey(AppUser.key(username));
    }

    @org.springframework.data.jpa.repository.Query("select u.sessionsEndedAt from AppUser u where u.usernameKey = ?1")
    java.time.Instant sessionsEndedAtOfKey(String usernameKey);

    /** One more failed sign-in, counted in the database so that concurrent attempts on other nodes add up. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.id = ?1")
    void incrementFailedLogins(long id);
}
