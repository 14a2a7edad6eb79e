package se.kompetensresan.survey;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Before/after of one area: current level at kartläggning and at uppföljning. */
public record AreaComparison(String areaCode, Integer currentBefore, Integer currentAfter, Integer requiredBefore,
                             Integer requiredAfter) {
    /** How many levels the current level rose (negative if it fell), null when a round lacks an answer. */
    public Integer improvement() {
        return currentBefore == null || currentAfter == null ? null : currentAfter - currentBefore;
    }

    /** The mean improvement over the areas answered in both rounds; empty when there is none. */
    public static OptionalDouble averageImprovement(List<AreaComparison> areas) {
        return areas.stream().map(AreaComparison::improvement).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).average();
    }
}
