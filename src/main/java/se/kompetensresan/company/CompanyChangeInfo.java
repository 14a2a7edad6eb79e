package se.kompetensresan.company;

import java.time.Instant;

/** One changed field of a company: who, when, old → new. */
public record CompanyChangeInfo(String changedBy, Instant changedAt, String field, String oldValue, String newValue) {
}
