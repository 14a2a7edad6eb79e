package se.kompetensresan.reporting;

import java.time.Instant;
import java.util.Map;

/**
 * A lägesrapport draft for a filter: the facts per heading drafted from the period's figures, and the narrative per
 * heading (the latest saved version's, or the facts themselves for a first draft). {@code version} is the latest
 * saved version (0 when none is saved yet).
 */
public record ProgressReport(ReportFilter filter, String projectName, String caseNumber, int version, String savedBy,
                             Instant savedAt, Map<ProgressHeading, String> facts, Map<ProgressHeading, String> narratives) {

    /** A saved version in the list of versions. */
    public record Version(int version, String savedBy, Instant savedAt) {
    }
}
