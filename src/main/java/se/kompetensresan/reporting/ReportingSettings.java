package se.kompetensresan.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting module ({@code kompetensresan.reporting.*}).
 *
 * @param womenShareMargin       percentage points the women's share of participants may differ from the planned share
 *                               before the dashboard flags it (5)
 * @param listLimit              rows a drill-down list shows at most (the count above it is always complete) (2000)
 * @param openCourseMinCompanies the procurement rule: at least this many companies with a need in one area make a
 *                               shared open course the proposal, fewer a company-specific procurement (5)
 * @param openCourseMinGap       the procurement rule: the gap (required − current level) at which a company needs
 *                               an area (2)
 */
@ConfigurationProperties("kompetensresan.reporting")
public record ReportingSettings(@DefaultValue("5") int womenShareMargin, @DefaultValue("2000") int listLimit,
                                @DefaultValue("5") int openCourseMinCompanies, @DefaultValue("2") int openCourseMinGap) {

    public ReportingSettings {
        if (openCourseMinCompanies < 1 || openCourseMinGap < 1) {
            throw new IllegalArgumentException("kompetensresan.reporting.open-course-min-companies and"
                    + " open-course-min-gap must be at least 1");
        }
    }

    /** The procurement rule these settings make. */
    public ProcurementRule procurementRule() {
        return new ProcurementRule(openCourseMinCompanies, openCourseMinGap);
    }
}
