package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/** One read of full personnummer (the funder's export): who, when, why and which participants (ids). */
@Entity
@Table(name = "personal_number_access")
class PersonalNumberAccess {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String actor;
    @Column(name = "accessed_at", nullable = false)
    Instant at;
    @Column(nullable = false)
    String purpose;
    @Column(name = "participant_ids", nullable = false)
    String participantIds;
}
