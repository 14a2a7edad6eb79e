package se.kompetensresan.reporting;

/** The headings of a lägesrapport, in order; their titles are {@code reporting.progress.heading.<NAME>}. */
public enum ProgressHeading {
    ACTIVITIES,
    COMPANIES,
    PARTICIPANTS,
    CO_FINANCING,
    DEVIATIONS,
    HORIZONTAL
}
