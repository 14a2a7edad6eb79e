package se.kompetensresan.coaching;

import jakarta.persistence.*;

import java.time.Instant;

/** A snapshot of a development plan as it was submitted to the company, with the company's decision on it. */
@Entity
@Table(name = "plan_version")
class PlanVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "plan_id", nullable = false)
    Long planId;
    @Column(nullable = false)
    int version;
    @Column(name = "submitted_at", nullable = false)
    Instant submittedAt;
    @Column(name = "submitted_by", nullable = false)
    String submittedBy;
    /** SUBMITTED while the company decides, then APPROVED or REJECTED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlanStatus status;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "company_comment")
    String companyComment;
    String summary;
    @Column(name = "coaching_track")
    String coachingTrack;
    /** The actions as JSON: a list of {@link PlanVersionActivity}. */
    @Column(name = "activities_json", nullable = false)
    String activitiesJson;
}
