package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/** A participant registered on a training activity: only registered participants get hours on it. */
@Entity
@Table(name = "activity_registration")
class Registration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "activity_id", nullable = false)
    Long activityId;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(name = "registered_by", nullable = false)
    String registeredBy;
    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;
}
