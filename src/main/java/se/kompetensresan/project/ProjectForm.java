package se.kompetensresan.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an administrator or manager edits about a project; {@code id} is null for a new one.
 * {@code unitCosts} is the unit cost per participant hour for each year of the project. {@code extraSectors} is the
 * list the user typed of SNI 2007 divisions the project accepts besides manufacturing (e.g. "62, 71"); see
 * {@link ProjectService#parseSectors}.
 */
public record ProjectForm(Long id, String name, String caseNumber, String ownerOrganisation, LocalDate startDate,
                          LocalDate endDate, BigDecimal budget, BigDecimal esfSupport, Integer coFinancingPercent,
                          Integer plannedParticipants, Integer plannedWomenPercent, Integer followUpMonths,
                          Map<Integer, BigDecimal> unitCosts, String extraSectors) {

    /** How far (percentage points) the stored co-financing rate may be from the rate the figures imply. */
    public static final BigDecimal CO_FINANCING_TOLERANCE = BigDecimal.ONE;

    /**
     * The co-financing rate the figures imply: the share of the budget not paid by the ESF,
     * (budget − support) / budget, in percent with one decimal; empty without a positive budget and a support.
     */
    public static Optional<BigDecimal> impliedCoFinancingPercent(BigDecimal budget, BigDecimal esfSupport) {
        if (budget == null || esfSupport == null || budget.signum() <= 0 || esfSupport.signum() < 0
                || esfSupport.compareTo(budget) > 0) {
            return Optional.empty();
        }
        return Optional.of(budget.subtract(esfSupport).multiply(BigDecimal.valueOf(100))
                .divide(budget, 1, RoundingMode.HALF_UP));
    }

    /**
     * The implied rate when the stored one is further from it than {@link #CO_FINANCING_TOLERANCE} (shown as a
     * hint beside the rate); empty when they agree or cannot be compared.
     */
    public static Optional<BigDecimal> coFinancingHint(BigDecimal budget, BigDecimal esfSupport, Integer storedPercent) {
        if (storedPercent == null) {
            return impliedCoFinancingPercent(budget, esfSupport);
        }
        return impliedCoFinancingPercent(budget, esfSupport)
                .filter(implied -> implied.subtract(BigDecimal.valueOf(storedPercent)).abs().compareTo(CO_FINANCING_TOLERANCE) > 0);
    }
}
