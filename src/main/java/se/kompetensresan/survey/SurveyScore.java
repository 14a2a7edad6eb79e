package se.kompetensresan.survey;

import se.kompetensresan.shared.CompetenceAreas;

import java.util.Comparator;
import java.util.List;

/**
 * The scores of one response: every answered area sorted by gap, largest first. Carries no personal data,
 * so the process may read it.
 */
public record SurveyScore(long responseId, long companyId, List<AreaGap> areas, double averageGap, int maxGap) {

    /**
     * The score of the answered areas: sorted by gap (largest first, ties in questionnaire order);
     * {@code averageGap} is the mean gap where a negative gap (more competence than needed) counts as 0;
     * {@code maxGap} is the largest gap. Both are 0 when no area is answered.
     */
    public static SurveyScore of(long responseId, long companyId, List<AreaGap> answeredAreas) {
        List<AreaGap> sorted = answeredAreas.stream()
                .sorted(Comparator.comparingInt(AreaGap::gap).reversed()
                        .thenComparingInt(a -> questionnaireOrder(a.areaCode())))
                .toList();
        double average = sorted.stream().mapToInt(a -> Math.max(0, a.gap())).average().orElse(0);
        int max = sorted.stream().mapToInt(AreaGap::gap).max().orElse(0);
        return new SurveyScore(responseId, companyId, sorted, average, max);
    }

    private static int questionnaireOrder(String areaCode) {
        int i = CompetenceAreas.ALL.indexOf(areaCode);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public SurveyScore {
        areas = List.copyOf(areas);
    }

    /** The gap of one area, 0 when it was not answered. */
    public int gapOf(String areaCode) {
        return areas.stream().filter(a -> a.areaCode().equals(areaCode)).mapToInt(AreaGap::gap).findFirst().orElse(0);
    }

    /** Codes of the areas whose gap is at least the threshold, largest gap first. */
    public List<String> areasWithGapAtLeast(int threshold) {
        return areas.stream().filter(a -> a.gap() >= threshold).map(AreaGap::areaCode).toList();
    }
}
