package se.kompetensresan.coaching;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A logged coaching meeting (coachningsträff) with a company. */
@Entity
@Table(name = "coaching_session")
class CoachingSession {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;
    @Column(name = "duration_minutes", nullable = false)
    int durationMinutes;
    String participants;
    @Column(nullable = false)
    String notes;
    @Column(name = "next_steps")
    String nextSteps;
    @Column(name = "coach_username", nullable = false)
    String coachUsername;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
