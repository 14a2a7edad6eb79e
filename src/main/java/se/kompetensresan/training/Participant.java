package se.kompetensresan.training;

import jakarta.persistence.*;
import se.kompetensresan.shared.Gender;

/** An employee of a company who takes part in training; one row per company and personnummer. */
@Entity
@Table(name = "participant")
class Participant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(nullable = false)
    String name;
    /** 12 digits, YYYYMMDDNNNN. */
    @Column(name = "personal_identity_number", nullable = false, length = 12)
    String personalIdentityNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Gender gender;
}
