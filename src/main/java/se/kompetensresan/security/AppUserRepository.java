package se.kompetensresan.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AppUserRepository extends JpaRepository<AppUser, Long> {
    /** With its delprojekt in the same statement (every tenant check reads them). */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "subprojectIds")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByRoleOrderByDisplayName(Role role);

    List<AppUser> findByCompanyId(long companyId);

    Optional<AppUser> findFirstByEmailIgnoreCase(String email);

    boolean existsByRole(Role role);

    /** When the user's sessions were last ended; null if never (or no such user). */
    @org.springframework.data.jpa.repository.Query("select u.sessionsEndedAt from AppUser u where lower(u.username) = lower(?1)")
    java.time.Instant sessionsEndedAt(String username);

    /** One more failed sign-in, counted in the database so that concurrent attempts on other nodes add up. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where u.id = ?1")
    void incrementFailedLogins(long id);
}
