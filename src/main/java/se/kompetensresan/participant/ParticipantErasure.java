package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/** A participant erased on request: who did it, when and why. Never the person's name, number or address. */
@Entity
@Table(name = "participant_erasure")
class ParticipantErasure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "erased_by", nullable = false)
    String erasedBy;
    @Column(name = "erased_at", nullable = false)
    Instant erasedAt;
    @Column(nullable = false)
    String reason;
}
