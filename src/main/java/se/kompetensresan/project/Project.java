package se.kompetensresan.project;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

@Entity
@Table(name = "project")
class Project {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(nullable = false)
    String name;
    @Column(name = "case_number")
    String caseNumber;
    @Column(name = "owner_organisation")
    String ownerOrganisation;
    @Column(name = "start_date")
    LocalDate startDate;
    @Column(name = "end_date")
    LocalDate endDate;
    BigDecimal budget;
    @Column(name = "esf_support")
    BigDecimal esfSupport;
    @Column(name = "planned_participants")
    int plannedParticipants;
    @Column(name = "planned_women_percent")
    int plannedWomenPercent;
    @Column(name = "unit_cost_per_hour")
    BigDecimal unitCostPerHour;
    @Column(name = "follow_up_months")
    int followUpMonths = 3;
    /** SNI divisions accepted besides manufacturing, comma-separated and sorted ("62,71"); null for none. */
    @Column(name = "extra_sectors")
    String extraSectors;
    @Column(name = "co_financing_percent")
    int coFinancingPercent;
    /** Unit cost per participant hour for each calendar year of the project. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_unit_cost", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "cost_year")
    @Column(name = "cost_per_hour")
    Map<Integer, BigDecimal> unitCosts = new TreeMap<>();
}
