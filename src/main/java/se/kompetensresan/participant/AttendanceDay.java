package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** Whole hours of one participant on one training activity on one date (närvaro). */
@Entity
@Table(name = "attendance_day")
class AttendanceDay {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "activity_id", nullable = false)
    Long activityId;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "attendance_date", nullable = false)
    LocalDate day;
    @Column(nullable = false)
    int hours;
    @Column(name = "recorded_by", nullable = false)
    String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;
}
