package se.kompetensresan.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reporting module ({@code kompetensresan.reporting.*}).
 *
 * @param womenShareMargin percentage points the women's share of participants may differ from the planned share
 *                         before the dashboard flags it (5)
 * @param listLimit        rows a drill-down list shows at most (the count above it is always complete) (2000)
 */
@ConfigurationProperties("kompetensresan.reporting")
public record ReportingSettings(@DefaultValue("5") int womenShareMargin, @DefaultValue("2000") int listLimit) {
}
