package se.kompetensresan.security;

import jakarta.persistence.*;

import java.time.Instant;

/** A one-time link to set a password; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "user_invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Column(name = "token_hash", nullable = false)
    String tokenHash;
    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OneTimeTokenPurpose purpose = OneTimeTokenPurpose.INVITATION;
    @Column(name = "used_at")
    Instant usedAt;
}
