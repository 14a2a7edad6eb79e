package se.kompetensresan.participant;

import jakarta.persistence.*;

import java.time.Instant;

/**
 * One read of full personnummer: who, when, why and which participants (ids), for the funder's export or a register
 * extract (GDPR art. 15).
 */
@Entity
@Table(name = "personal_number_access")
class PersonalNumberAccess {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String actor;
    @Column(name = "accessed_at", nullable = false)
    Instant at;
    @Column(nullable = false)
    String purpose;
    @Column(name = "participant_ids", nullable = false)
    String participantIds;
    /**
     * {@link #EXPORT} (the funder's Deltagarförteckning), {@link #REPORT} (a file to the funder that names the
     * participant without the personnummer: SCB's monthly file, the Närvarorapport) or {@link #EXTRACT} (a register
     * extract for the person).
     */
    @Column(nullable = false)
    String kind = EXPORT;

    static final String EXPORT = "EXPORT";
    static final String EXTRACT = "EXTRACT";
    static final String REPORT = "REPORT";
}
