package se.kompetensresan.reporting;

/** The headings of a lägesrapport, in order, with their Swedish titles (the report is written for the funder). */
public enum ProgressHeading {
    ACTIVITIES("Genomförda aktiviteter"),
    COMPANIES("Företag som nåtts"),
    PARTICIPANTS("Deltagare och timmar per kön mot plan"),
    CO_FINANCING("Medfinansiering mot plan"),
    DEVIATIONS("Avvikelser mot plan"),
    HORIZONTAL("Horisontella principer");

    private final String title;

    ProgressHeading(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
