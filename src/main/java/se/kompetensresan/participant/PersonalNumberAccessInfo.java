package se.kompetensresan.participant;

import java.time.Instant;

/** An entry of the audit log of full-number reads. {@code participantIds} comma-separated ids. */
public record PersonalNumberAccessInfo(long id, String actor, Instant at, String purpose, String participantIds) {
}
