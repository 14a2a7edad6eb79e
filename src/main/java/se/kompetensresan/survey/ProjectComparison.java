package se.kompetensresan.survey;

import java.util.List;

/**
 * The project-level before/after comparison: per area the average levels at kartläggning and at uppföljning over
 * the {@code companies} companies that submitted both rounds (an area counts the companies answering it in both).
 */
public record ProjectComparison(long projectId, int companies, List<AreaAverage> areas) {

    public ProjectComparison {
        areas = List.copyOf(areas);
    }

    public record AreaAverage(String areaCode, int companies, double currentBefore, double currentAfter,
                              double requiredBefore, double requiredAfter) {
        public double improvement() {
            return currentAfter - currentBefore;
        }
    }
}
