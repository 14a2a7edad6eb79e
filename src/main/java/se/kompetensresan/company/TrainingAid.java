package se.kompetensresan.company;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the de minimis ledger: the value (SEK) of one booked training activity for the company, counted in
 * the fiscal year of the booking; a withdrawn booking keeps its line with {@code withdrawnAt} set and no longer counts.
 */
@Entity
@Table(name = "company_training_aid")
class TrainingAid {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "training_activity_id", nullable = false, unique = true)
    Long trainingActivityId;
    @Column(name = "fiscal_year", nullable = false)
    int fiscalYear;
    @Column(name = "amount_sek", nullable = false)
    BigDecimal amountSek;
    @Column(name = "booked_at", nullable = false)
    Instant bookedAt;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;
}
