package se.kompetensresan.training;

import jakarta.persistence.*;

import java.math.BigDecimal;

/** The hours one participant attended one training activity. */
@Entity
@Table(name = "attendance")
class Attendance {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "activity_id", nullable = false)
    Long activityId;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(nullable = false)
    BigDecimal hours;
}
