package se.kompetensresan.survey;

/** Before/after of one area: current level at kartläggning and at uppföljning. */
public record AreaComparison(String areaCode, Integer currentBefore, Integer currentAfter, Integer requiredBefore,
                             Integer requiredAfter) {
    /** How many levels the current level rose (negative if it fell), null when a round lacks an answer. */
    public Integer improvement() {
        return currentBefore == null || currentAfter == null ? null : currentAfter - currentBefore;
    }
}
