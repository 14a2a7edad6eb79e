package se.kompetensresan.survey;

import jakarta.persistence.*;

/**
 * A company's one link to the employees' self-assessment, for one survey response. Only the SHA-256 of its token is
 * kept; renewing replaces it (the old link stops working), closing stops the link until it is renewed.
 */
@Entity
@Table(name = "self_assessment_link")
class SelfAssessmentLink {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "response_id", nullable = false, unique = true)
    Long responseId;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    @Column(name = "token_hash", length = 64, unique = true)
    String tokenHash;
    @Column(nullable = false)
    boolean closed;
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
}
