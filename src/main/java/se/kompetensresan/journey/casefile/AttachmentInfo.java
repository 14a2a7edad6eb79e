package se.kompetensresan.journey.casefile;

import java.time.Instant;

/** An attachment of a case, without its content. */
public record AttachmentInfo(long id, String fileName, String contentType, long sizeBytes, Instant at, String uploadedBy) {
}
