package se.kompetensresan.coaching;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One action of a development plan, linked to a competence area. */
@Entity
@Table(name = "planned_activity")
class PlannedActivity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "plan_id", nullable = false)
    Long planId;
    @Column(name = "area_code", nullable = false)
    String areaCode;
    @Column(nullable = false)
    String title;
    @Column(name = "target_group")
    String targetGroup;
    @Column(nullable = false)
    int participants;
    @Column(name = "hours_per_participant", nullable = false)
    int hoursPerParticipant;
    @Column(name = "planned_start")
    LocalDate plannedStart;
    @Column(name = "estimated_cost")
    BigDecimal estimatedCost;
    /** The catalogue course the action is, or null for a free-text action (id of the catalogue module). */
    @Column(name = "course_id")
    Long courseId;
}
