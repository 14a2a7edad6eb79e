package se.kompetensresan.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Everything an administrator or manager edits about a project; {@code id} is null for a new one.
 * {@code unitCosts} is the unit cost per participant hour for each year of the project.
 */
public record ProjectForm(Long id, String name, String caseNumber, String ownerOrganisation, LocalDate startDate,
                          LocalDate endDate, BigDecimal budget, BigDecimal esfSupport, Integer coFinancingPercent,
                          Integer plannedParticipants, Integer plannedWomenPercent, Integer followUpMonths,
                          Map<Integer, BigDecimal> unitCosts) {
}
