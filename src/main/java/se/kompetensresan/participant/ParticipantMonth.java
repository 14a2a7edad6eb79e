package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/** The signing request of one participant for one month, with its state; the link's token only as a hash. */
@Entity
@Table(name = "participant_month")
class ParticipantMonth {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "participant_id", nullable = false)
    Long participantId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    /** YYYY-MM. */
    @Column(name = "ledger_month", nullable = false)
    String ledgerMonth;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MonthStatus status;
    /** The month's total when it was last sent. */
    @Column(nullable = false)
    int hours;
    /** The total the participant signed; null until signed. */
    @Column(name = "signed_hours")
    Integer signedHours;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "token_expires_at")
    Instant tokenExpiresAt;
    @Column(name = "failed_attempts", nullable = false)
    int failedAttempts;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "reminded_at")
    Instant remindedAt;
    /** When the coaches were told the month is still unanswered (once per sending). */
    @Column(name = "escalated_at")
    Instant escalatedAt;
    @Column(name = "answered_at")
    Instant answeredAt;
    @Column(name = "dispute_comment")
    String disputeComment;
    @Column(name = "locked_at")
    Instant lockedAt;
    @Version
    int version;

    void voidLink() {
        tokenHash = null;
        tokenExpiresAt = null;
        failedAttempts = 0;
    }
}
