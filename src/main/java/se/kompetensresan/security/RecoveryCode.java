package se.kompetensresan.security;

import jakarta.persistence.*;

import java.time.Instant;

/** A one-time recovery code of the two-factor sign-in; only its SHA-256 is stored. */
@Entity
@Table(name = "user_recovery_code")
class RecoveryCode {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    Long userId;
    @Column(name = "code_hash", nullable = false)
    String codeHash;
    @Column(name = "used_at")
    Instant usedAt;
}
