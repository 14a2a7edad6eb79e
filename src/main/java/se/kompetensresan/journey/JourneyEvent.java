package se.kompetensresan.journey;

import jakarta.persistence.*;

import java.time.Instant;

/** An entry of a journey's own timeline (who did what when); the detail never holds personal data of employees. */
@Entity
@Table(name = "journey_event")
class JourneyEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "journey_id", nullable = false)
    long journeyId;
    @Column(nullable = false)
    Instant at;
    /** Username, or {@code system} for the process. */
    @Column(nullable = false)
    String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JourneyEventType type;
    String detail;
}
