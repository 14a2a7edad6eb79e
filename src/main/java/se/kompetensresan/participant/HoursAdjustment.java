package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * A correction of a locked month: whole hours (plus or minus) booked in a later, open month and referring to the
 * original month and activity, so that the totals already claimed stay as they were reported.
 */
@Entity
@Table(name = "hours_adjustment")
class HoursAdjustment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "activity_id", nullable = false)
    Long activityId;
    @Column(name = "ledger_month", nullable = false)
    String ledgerMonth;
    @Column(name = "original_month", nullable = false)
    String originalMonth;
    @Column(nullable = false)
    int hours;
    @Column(nullable = false)
    String reason;
    @Column(name = "created_by", nullable = false)
    String createdBy;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
}
