package se.kompetensresan.catalogue;

import jakarta.persistence.*;

import java.time.LocalDate;

/** A course date (kurstillfälle) of an open course: when and where, for how few and how many participants. */
@Entity
@Table(name = "course_date")
class CourseDate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "course_id", nullable = false)
    Long courseId;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    LocalDate endDate;
    @Column(nullable = false)
    String place;
    @Column(name = "min_participants", nullable = false)
    int minParticipants;
    @Column(name = "max_participants", nullable = false)
    int maxParticipants;
}
