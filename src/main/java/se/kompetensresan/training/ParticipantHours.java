package se.kompetensresan.training;

import java.math.BigDecimal;

/** One row of an attendance report: who (name and personnummer as typed) and how many hours. */
public record ParticipantHours(String name, String personalIdentityNumber, BigDecimal hours) {
}
