package se.kompetensresan.company;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "company")
class Company {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "organisation_number", nullable = false, length = 10)
    String organisationNumber;
    @Column(nullable = false)
    String name;
    @Column(name = "subproject_id", nullable = false)
    Long subprojectId;
    @Column(name = "municipality_code", length = 4)
    String municipalityCode;
    @Column(name = "visiting_address")
    String visitingAddress;
    @Column(name = "industry_code", length = 10)
    String industryCode;
    @Column(name = "employees_women")
    int employeesWomen;
    @Column(name = "employees_men")
    int employeesMen;
    @Column(name = "contact_name")
    String contactName;
    @Column(name = "contact_email")
    String contactEmail;
    @Column(name = "contact_phone")
    String contactPhone;
    @Column(name = "postal_code")
    String postalCode;
    String town;
    @Column(name = "industry_codes")
    String industryCodes;
    @Enumerated(EnumType.STRING)
    @Column(name = "turnover_class")
    TurnoverClass turnoverClass;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    /** De minimis support already received, declared per fiscal year (EUR); see {@link DeMinimisService}. */
    @ElementCollection
    @CollectionTable(name = "company_declared_support", joinColumns = @JoinColumn(name = "company_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "amount_eur", nullable = false)
    Map<Integer, BigDecimal> declaredSupport = new TreeMap<>();
}
