package se.kompetensresan.catalogue;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** One entry of the training catalogue (utbildningskatalog). */
@Entity
@Table(name = "training_course")
class TrainingCourse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(nullable = false)
    String name;
    @Column(nullable = false)
    String provider;
    @Column(name = "area_code", nullable = false)
    String areaCode;
    String description;
    @Column(name = "hours_per_participant", nullable = false)
    int hoursPerParticipant;
    @Column(name = "price_per_participant", nullable = false)
    BigDecimal pricePerParticipant;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CourseDelivery delivery;
    @Column(nullable = false)
    boolean active = true;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CourseKind kind = CourseKind.COMPANY_SPECIFIC;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ProcurementStatus procurement = ProcurementStatus.TO_BE_PROCURED;
    String supplier;
    /** The projects the course belongs to; none: shared by every project. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_course_project", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "project_id", nullable = false)
    Set<Long> projectIds = new HashSet<>();

    /** True when the course is offered in the project: it belongs to it or is shared by every project. */
    boolean offeredIn(long projectId) {
        return projectIds.isEmpty() || projectIds.contains(projectId);
    }
}
