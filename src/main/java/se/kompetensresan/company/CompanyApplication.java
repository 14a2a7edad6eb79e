package se.kompetensresan.company;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "company_application")
class CompanyApplication {
    @Column(nullable = false, unique = true)
    String reference;
    @Column(name = "confirm_token_hash")
    String confirmTokenHash;
    @Column(name = "confirm_expires_at")
    Instant confirmExpiresAt;
    @Column(name = "confirmed_at")
    Instant confirmedAt;
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "project_id", nullable = false)
    Long projectId;
    @Column(name = "organisation_number", nullable = false)
    String organisationNumber;
    @Column(nullable = false)
    String name;
    @Column(name = "visiting_address", nullable = false)
    String visitingAddress;
    @Column(name = "postal_code", nullable = false)
    String postalCode;
    @Column(nullable = false)
    String town;
    @Column(name = "municipality_code", nullable = false)
    String municipalityCode;
    @Column(name = "industry_codes", nullable = false)
    String industryCodes;
    @Column(name = "employees_women", nullable = false)
    int employeesWomen;
    @Column(name = "employees_men", nullable = false)
    int employeesMen;
    @Enumerated(EnumType.STRING)
    @Column(name = "turnover_class", nullable = false)
    TurnoverClass turnoverClass;
    @Column(name = "contact_name", nullable = false)
    String contactName;
    @Column(name = "contact_email", nullable = false)
    String contactEmail;
    @Column(name = "contact_phone", nullable = false)
    String contactPhone;
    /** The sum of {@link #deMinimisByYear}. */
    @Column(name = "de_minimis_eur", nullable = false)
    BigDecimal deMinimisEur;
    /** The de minimis support already received that the applicant declared, per fiscal year (EUR). */
    @ElementCollection
    @CollectionTable(name = "company_application_support", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "amount_eur", nullable = false)
    Map<Integer, BigDecimal> deMinimisByYear = new TreeMap<>();
    @Column(nullable = false)
    String locale;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ApplicationStatus status;
    @Column(name = "reason_key")
    String reasonKey;
    @Column(name = "company_id")
    Long companyId;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "consent_at", nullable = false)
    Instant consentAt;
    @Column(name = "decided_at")
    Instant decidedAt;
}
