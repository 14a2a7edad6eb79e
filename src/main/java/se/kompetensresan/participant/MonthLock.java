package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/** A project's month included in a payment claim (utbetalningsansökan): nothing in it changes any more. */
@Entity
@Table(name = "ledger_month_lock")
class MonthLock {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "project_id", nullable = false)
    Long projectId;
    @Column(name = "ledger_month", nullable = false)
    String ledgerMonth;
    @Column(name = "locked_by", nullable = false)
    String lockedBy;
    @Column(name = "locked_at", nullable = false)
    Instant lockedAt;
}
