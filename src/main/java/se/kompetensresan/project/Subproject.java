package se.kompetensresan.project;

import jakarta.persistence.*;

@Entity
@Table(name = "subproject")
class Subproject {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Optimistic lock: a save over someone else's newer change fails instead of overwriting it. */
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
    @Column(name = "project_id", nullable = false)
    Long projectId;
    @Column(nullable = false)
    String name;
    @Column(name = "owner_organisation")
    String ownerOrganisation;
    /** Comma-separated SCB municipality codes of the area the delprojekt covers. */
    @Column(name = "municipality_codes", length = 2000)
    String municipalityCodes = "";
    @Column(name = "planned_participants")
    int plannedParticipants;
    @Column(name = "planned_women_percent")
    int plannedWomenPercent;
}
