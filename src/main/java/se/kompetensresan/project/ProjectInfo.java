package se.kompetensresan.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A funded project (e.g. Smart Kompetens för industrin) with its targets. */
public record ProjectInfo(long id, String name, String caseNumber, String ownerOrganisation, LocalDate startDate,
                          LocalDate endDate, BigDecimal budget, BigDecimal esfSupport, int plannedParticipants,
                          int plannedWomenPercent, BigDecimal unitCostPerHour, int followUpMonths) {
}
