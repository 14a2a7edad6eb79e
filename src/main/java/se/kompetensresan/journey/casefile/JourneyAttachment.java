package se.kompetensresan.journey.casefile;

import jakarta.persistence.*;

import java.time.Instant;

/** A file stored with the case; its type was detected from the content (see {@link AttachmentTypes}). */
@Entity
@Table(name = "journey_attachment")
class JourneyAttachment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "journey_id", nullable = false)
    long journeyId;
    @Column(nullable = false)
    Instant at;
    @Column(name = "uploaded_by", nullable = false)
    String uploadedBy;
    @Column(name = "file_name", nullable = false)
    String fileName;
    @Column(name = "content_type", nullable = false)
    String contentType;
    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    byte[] content;
}
