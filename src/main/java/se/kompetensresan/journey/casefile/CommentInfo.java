package se.kompetensresan.journey.casefile;

import java.time.Instant;

/** A comment on a case; {@code internal} ones are never shown to the company. */
public record CommentInfo(long id, Instant at, String author, String authorRole, boolean internal, String body) {
}
