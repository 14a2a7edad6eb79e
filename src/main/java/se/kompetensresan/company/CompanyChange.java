package se.kompetensresan.company;

import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "company_change")
class CompanyChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "changed_by", nullable = false)
    String changedBy;
    @Column(name = "changed_at", nullable = false)
    Instant changedAt;
    @Column(nullable = false)
    String field;
    @Column(name = "old_value")
    String oldValue;
    @Column(name = "new_value")
    String newValue;
}
