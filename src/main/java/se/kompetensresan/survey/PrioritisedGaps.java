package se.kompetensresan.survey;

import java.util.Comparator;
import java.util.List;

/**
 * The gap list of a company's submitted kartläggning in priority order: the largest gap first, ties broken by
 * the number of employees concerned (most first), then by questionnaire order. Carries no personal data.
 */
public record PrioritisedGaps(long companyId, long responseId, List<AreaGap> areas) {

    /** Priority order: gap desc, then employees concerned desc, then the order of {@code score.areas()}. */
    public static PrioritisedGaps of(SurveyScore score) {
        List<AreaGap> sorted = score.areas().stream()
                .sorted(Comparator.comparingInt(AreaGap::gap).reversed()
                        .thenComparing(Comparator.comparingInt(AreaGap::employeesConcerned).reversed()))
                .toList();
        return new PrioritisedGaps(score.companyId(), score.responseId(), sorted);
    }

    public PrioritisedGaps {
        areas = List.copyOf(areas);
    }

    /** The areas whose gap is at least the threshold, in priority order. */
    public List<AreaGap> withGapAtLeast(int threshold) {
        return areas.stream().filter(a -> a.gap() >= threshold).toList();
    }
}
