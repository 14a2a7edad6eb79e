package se.kompetensresan.reporting;

/**
 * The gap (required − current level, a surplus counting as no gap) summed over some company areas at kartläggning
 * and at uppföljning, and how much of it was closed.
 *
 * @param answers   the company areas counted (one per company and area answered in both rounds)
 * @param gapBefore the summed gap at kartläggning
 * @param gapAfter  the summed gap at uppföljning
 */
public record GapClosure(long answers, long gapBefore, long gapAfter) {

    public static final GapClosure NONE = new GapClosure(0, 0, 0);

    /** Levels of gap closed (negative when the gap grew). */
    public long closed() {
        return gapBefore - gapAfter;
    }

    /** Levels closed per company area; 0 without any. */
    public double closedPerAnswer() {
        return answers == 0 ? 0 : (double) closed() / answers;
    }

    /** The share of the gap at kartläggning that was closed, in percent; null when there was no gap. */
    public Double closedPercent() {
        return gapBefore == 0 ? null : 100.0 * closed() / gapBefore;
    }

    GapClosure plus(GapClosure o) {
        return new GapClosure(answers + o.answers, gapBefore + o.gapBefore, gapAfter + o.gapAfter);
    }
}
