package se.kompetensresan.reporting;

/**
 * What to buy for one competence area: when at least {@code minCompanies} companies have a gap of at least
 * {@code minGap} in it, a shared open course; when fewer (but some) do, a company-specific procurement for each of
 * them; else nothing. The thresholds come from {@link ReportingSettings}.
 */
public record ProcurementRule(int minCompanies, int minGap) {

    public enum Proposal {
        /** A shared open course for the companies with the need. */
        OPEN_COURSE,
        /** A procurement of its own for each company with the need. */
        COMPANY_SPECIFIC,
        /** No company has the need. */
        NONE
    }

    /** The proposal for an area in which {@code companiesWithNeed} companies have a gap of at least {@link #minGap}. */
    public Proposal propose(long companiesWithNeed) {
        return companiesWithNeed >= minCompanies ? Proposal.OPEN_COURSE
                : companiesWithNeed > 0 ? Proposal.COMPANY_SPECIFIC : Proposal.NONE;
    }

    /** Whether a company with this gap needs the area. */
    public boolean needs(int gap) {
        return gap >= minGap;
    }
}
