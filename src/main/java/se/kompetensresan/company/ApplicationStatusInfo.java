package se.kompetensresan.company;

import java.time.Instant;

/** What the public status page shows about an application: its reference, status and reason key only. */
public record ApplicationStatusInfo(String reference, ApplicationStatus status, String reasonKey, Instant createdAt) {
}
