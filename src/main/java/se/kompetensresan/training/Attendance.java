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
    @Column(name = "activity_id", nullable = false)
    Long activityId;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(nullable = false)
    BigDecimal hours;
}
