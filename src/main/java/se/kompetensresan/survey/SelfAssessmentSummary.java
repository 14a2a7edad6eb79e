package se.kompetensresan.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The employees' self-assessment of one company, aggregated: per area the mean level, the share who want to learn
 * more and the number of answers. Anonymity: the areas are given only when at least {@code minGroup} employees have
 * answered; below it only the count is known ({@link #shown()} false, {@link #areas()} empty).
 */
public record SelfAssessmentSummary(int answers, int minGroup, List<AreaResult> areas) {

    public SelfAssessmentSummary {
        areas = List.copyOf(areas);
    }

    /** One area: mean level (1–4), share wanting to learn more (0–1), number of answers. */
    public record AreaResult(String areaCode, double meanLevel, double learnShare, int answers) {
    }

    /** One employee's answer of one area. */
    record AreaAnswer(int level, boolean wantsToLearn) {
    }

    public boolean shown() {
        return answers >= minGroup;
    }

    public Optional<AreaResult> area(String areaCode) {
        return areas.stream().filter(a -> a.areaCode().equals(areaCode)).findFirst();
    }

    /**
     * The rule: the aggregates of the answers (each a map area code → answer) in the order of {@code areaCodes},
     * hidden below {@code minGroup} answers.
     */
    static SelfAssessmentSummary of(List<String> areaCodes, Collection<Map<String, AreaAnswer>> answers, int minGroup) {
        if (answers.size() < minGroup) {
            return new SelfAssessmentSummary(answers.size(), minGroup, List.of());
        }
        List<AreaResult> result = new ArrayList<>();
        for (String code : areaCodes) {
            List<AreaAnswer> of = answers.stream().map(a -> a.get(code)).filter(java.util.Objects::nonNull).toList();
            if (!of.isEmpty()) {
                result.add(new AreaResult(code, of.stream().mapToInt(AreaAnswer::level).average().orElse(0),
                        (double) of.stream().filter(AreaAnswer::wantsToLearn).count() / of.size(), of.size()));
            }
        }
        return new SelfAssessmentSummary(answers.size(), minGroup, result);
    }
}
