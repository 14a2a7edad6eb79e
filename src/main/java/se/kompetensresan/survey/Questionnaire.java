package se.kompetensresan.survey;

import jakarta.persistence.*;

import java.time.Instant;

/** One version of a questionnaire; its content is a validated JSON document ({@link QuestionnaireDefinition}). */
@Entity
@Table(name = "questionnaire")
class Questionnaire {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "questionnaire_key", nullable = false, length = 60)
    String key;
    @Column(nullable = false)
    int version;
    @Column(nullable = false, length = 1000)
    String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    QuestionnaireStatus status;
    /** Comma-separated project ids it is published for; null = all projects. */
    @Column(name = "project_ids", length = 1000)
    String projectIds;
    @Column(nullable = false, columnDefinition = "text")
    String definition;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    /** Whether the version asks the company's employees for an anonymous self-assessment too. */
    @Column(name = "self_assessment", nullable = false)
    boolean selfAssessment;
    @Column(name = "published_at")
    Instant publishedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    long rowVersion;
}
