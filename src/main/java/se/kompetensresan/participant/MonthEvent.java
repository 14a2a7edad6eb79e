package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/** One step in a participant-month's trail: who did what when, with the hours and the reason or comment. */
@Entity
@Table(name = "participant_month_event")
class MonthEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "participant_month_id", nullable = false)
    Long participantMonthId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MonthEventType type;
    @Column(nullable = false)
    String actor;
    @Column(name = "occurred_at", nullable = false)
    Instant at;
    Integer hours;
    String comment;
}
