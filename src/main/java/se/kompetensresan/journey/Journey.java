package se.kompetensresan.journey;

import jakarta.persistence.*;

import java.time.Instant;

/** One company's journey; the case number is the BPMN business key. */
@Entity
@Table(name = "journey")
class Journey {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_number", nullable = false, unique = true)
    String caseNumber;
    @Column(name = "company_id", nullable = false)
    long companyId;
    @Column(name = "subproject_id", nullable = false)
    long subprojectId;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JourneyPhase phase;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JourneyStatus status;
    @Column(name = "started_at", nullable = false)
    Instant startedAt;
    @Column(name = "phase_since", nullable = false)
    Instant phaseSince;
    @Column(name = "ended_at")
    Instant endedAt;
    /** The phase the journey was in when the company withdrew. */
    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_from")
    JourneyPhase withdrawnFrom;
}
