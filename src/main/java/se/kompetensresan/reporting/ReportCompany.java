package se.kompetensresan.reporting;

import se.kompetensresan.journey.JourneyPhase;

/** A row of a drill-down list of companies: the company and where its journey stands. */
public record ReportCompany(long id, String name, String organisationNumber, String municipalityCode,
                            String caseNumber, JourneyPhase phase) {
}
