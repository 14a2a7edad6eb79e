package se.kompetensresan.reporting;

/** The files a project office sends the funder; the base of each file's name (ASCII, Swedish). */
public enum ExportKind {
    /** Deltagarförteckning: the only file with full personnummer (audit-logged). */
    PARTICIPANTS("Deltagarforteckning"),
    /** The monthly participant file for SCB's register matching: new, ended and late-registered participants. */
    SCB_MONTHLY("Deltagarfil_SCB"),
    /** Närvarorapport / intyg per participant and month: hours and signed state. */
    ATTENDANCE("Narvarorapport"),
    /** Sammanställning medfinansiering per month and year, by gender. */
    CO_FINANCING("Sammanstallning_medfinansiering"),
    /** Sammanställning aktiviteter – utbildningar: activity, provider, dates, participants and hours by gender. */
    ACTIVITIES("Sammanstallning_aktiviteter"),
    /** Indicators: supported SMEs, participants by gender and age band, companies that completed each phase. */
    INDICATORS("Indikatorer"),
    /**
     * Effektmätning: the competence change per area (before and after uppföljning) for the selection, per delprojekt,
     * county and company area, stegförflyttning, and the gap closed in the plan's areas against the others.
     */
    EFFECT("Effektmatning"),
    /** Förteckning över planerade inköp: per area the procurement rule's proposal and every company with the need. */
    PLANNED_PURCHASES("Forteckning_planerade_inkop");

    private final String fileBase;

    ExportKind(String fileBase) {
        this.fileBase = fileBase;
    }

    public String fileBase() {
        return fileBase;
    }
}
