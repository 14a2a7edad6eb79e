package se.kompetensresan.training;

import jakarta.persistence.*;

import java.time.LocalDate;

/** A booked course (insats) carrying out one planned action of a company's development plan. */
@Entity
@Table(name = "training_activity")
class TrainingActivity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "planned_activity_id", nullable = false, unique = true)
    Long plannedActivityId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "course_name", nullable = false)
    String courseName;
    String provider;
    String location;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    LocalDate endDate;
    @Column(name = "hours_per_participant", nullable = false)
    int hoursPerParticipant;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TrainingStatus status = TrainingStatus.BOOKED;
    @Column(name = "booked_by", nullable = false)
    String bookedBy;
    @Column(name = "approved_by")
    String approvedBy;
    /** The course date (kurstillfälle) of an open course the activity is booked on; null for a course of its own. */
    @Column(name = "course_date_id")
    Long courseDateId;
}
