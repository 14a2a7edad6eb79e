package se.kompetensresan.security;

import jakarta.persistence.*;

import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class AppUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false, unique = true)
    String username;
    /** The username lower-cased: the indexed key of the case-insensitive look-up ({@link AppUserRepository}). */
    @Column(name = "username_key", nullable = false, unique = true)
    String usernameKey;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(name = "display_name", nullable = false)
    String displayName;
    String email;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;
    @Column(name = "company_id")
    Long companyId;
    @Column(nullable = false)
    String locale = "sv";
    @Column(nullable = false)
    boolean enabled = true;
    @Column(name = "failed_logins", nullable = false)
    int failedLogins;
    @Column(name = "locked_until")
    java.time.Instant lockedUntil;
    @Column(name = "totp_secret")
    String totpSecret;
    @Column(name = "totp_enabled", nullable = false)
    boolean totpEnabled;
    @Column(name = "totp_last_step")
    Long totpLastStep;
    @Column(name = "password_changed_at")
    java.time.Instant passwordChangedAt;
    /** Sessions signed in before this moment are ended on every node ({@link SessionTerminator}). */
    @Column(name = "sessions_ended_at")
    java.time.Instant sessionsEndedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_subproject", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "subproject_id")
    Set<Long> subprojectIds = new HashSet<>();

    static String key(String username) {
        return username == null ? null : username.toLowerCase(java.util.Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void keyUsername() {
        usernameKey = key(username);
    }
}
