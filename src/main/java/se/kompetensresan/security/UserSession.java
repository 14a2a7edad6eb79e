package se.kompetensresan.security;

import jakarta.persistence.*;

import java.time.Instant;

/** A signed-in session of a user ({@link UserSessions}); the session id itself is never stored, only its SHA-256. */
@Entity
@Table(name = "user_session")
class UserSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Column(name = "session_hash", nullable = false, unique = true)
    String sessionHash;
    @Column(name = "signed_in_at", nullable = false)
    Instant signedInAt;
    @Column(name = "last_seen_at", nullable = false)
    Instant lastSeenAt;
    @Column(nullable = false)
    String device;
    @Column(nullable = false)
    String address;
}
