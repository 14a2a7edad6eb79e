package se.kompetensresan.coaching;

import jakarta.persistence.*;

import java.time.Instant;

/** The company's current development plan (kompetensutvecklingsplan); one per company. */
@Entity
@Table(name = "development_plan")
class DevelopmentPlan {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    /** The journey the plan belongs to (null: a plan outside any journey). */
    @Column(name = "journey_id")
    Long journeyId;
    @Column(nullable = false)
    int version = 1;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlanStatus status = PlanStatus.DRAFT;
    @Column(name = "coaching_track")
    String coachingTrack;
    String summary;
    /** The company's comment when it last asked for changes; kept visible to the coach. */
    @Column(name = "company_comment")
    String companyComment;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
}
