package se.kompetensresan.survey;

import java.util.List;

/**
 * The scores of one response: every answered area sorted by gap, largest first. Carries no personal data,
 * so the process may read it.
 */
public record SurveyScore(long responseId, long companyId, List<AreaGap> areas, double averageGap, int maxGap) {

    /** The gap of one area, 0 when it was not answered. */
    public int gapOf(String areaCode) {
        return areas.stream().filter(a -> a.areaCode().equals(areaCode)).mapToInt(AreaGap::gap).findFirst().orElse(0);
    }

    /** Codes of the areas whose gap is at least the threshold, largest gap first. */
    public List<String> areasWithGapAtLeast(int threshold) {
        return areas.stream().filter(a -> a.gap() >= threshold).map(AreaGap::areaCode).toList();
    }
}
