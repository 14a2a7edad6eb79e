package se.kompetensresan.reporting;

import se.kompetensresan.survey.HeatMap;

import java.math.BigDecimal;
import java.util.List;

/**
 * Kompetensbehov and what to buy for a selection (project, delprojekt, county): per competence area, over the latest
 * kartläggning each company submitted by the end of the period, how many companies have a gap and how many employees
 * it concerns, and the {@link ProcurementRule}'s proposal; beside it what the approved development plans already
 * plan in the area and who is in training in it.
 *
 * @param companies companies with a submitted kartläggning
 */
public record Demand(ReportFilter filter, String projectName, String caseNumber, long companies, ProcurementRule rule,
                     List<AreaDemand> areas) {

    public Demand {
        areas = List.copyOf(areas);
    }

    /**
     * @param companiesWithGap    companies with a gap of at least 1
     * @param companiesWithNeed   companies with a gap of at least the rule's {@code minGap}: the rule counts these
     * @param employeesConcerned  employees concerned in the companies with a gap (as the company answered)
     * @param employeesWithNeed   of them, those in the companies with a need
     * @param sumOfGaps           the positive gaps summed
     * @param participants        participants in training in the area (activities booked from a planned activity of
     *                            the area), by gender
     * @param plannedActivities   planned activities of the area in approved development plans
     * @param plannedParticipants the participants they plan for
     * @param estimatedCost       their estimated cost
     */
    public record AreaDemand(String areaCode, long companiesWithGap, long companiesWithNeed, long employeesConcerned,
                             long employeesWithNeed, long sumOfGaps, GenderCount participants, long plannedActivities,
                             long plannedParticipants, BigDecimal estimatedCost, ProcurementRule.Proposal proposal) {

        /** The area as survey's heat-map total (companies with need, employees concerned, summed gaps), for its chart. */
        public HeatMap.AreaTotal total() {
            return new HeatMap.AreaTotal(areaCode, (int) companiesWithNeed, (int) employeesConcerned, (int) sumOfGaps);
        }
    }
}
