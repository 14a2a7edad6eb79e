package se.kompetensresan.catalogue;

import jakarta.persistence.*;

import java.math.BigDecimal;

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
}
