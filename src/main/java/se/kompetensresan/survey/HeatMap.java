package se.kompetensresan.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kompetensbehov across companies: one row per company the user may see (after the filters), with the gap per
 * area of its submitted kartläggning (first round), and the totals per area. Carries no personal data.
 *
 * @param areas  the area codes in questionnaire order (the columns)
 * @param rows   the companies by name; a company without a submitted kartläggning has {@code submitted} false
 *               and no gaps
 * @param totals per area (same order as {@code areas}): the demand summed over the rows
 */
public record HeatMap(List<String> areas, List<Row> rows, List<AreaTotal> totals) {

    /** The gap at which an area counts as a clear need (highlighted, counted in the totals). */
    public static final int NEED_THRESHOLD = 2;

    public HeatMap {
        areas = List.copyOf(areas);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /**
     * One company: {@code gaps} maps each answered area code to its gap (required − current; negative when the
     * company has more competence than it needs), in questionnaire order.
     */
    public record Row(long companyId, String companyName, long subprojectId, String municipalityCode,
                      boolean submitted, Map<String, Integer> gaps, Map<String, Integer> employeesConcerned) {
        public Row {
            gaps = Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
            employeesConcerned = Collections.unmodifiableMap(new LinkedHashMap<>(employeesConcerned));
        }

        /** The gap of the area, null when not answered (or not submitted). */
        public Integer gapOf(String areaCode) {
            return gaps.get(areaCode);
        }
    }

    /**
     * The summed demand of one area: how many companies have a gap of at least {@link #NEED_THRESHOLD}, the
     * employees concerned in the companies with a gap (gap &gt; 0), and the sum of the positive gaps.
     */
    public record AreaTotal(String areaCode, int companiesWithNeed, int employeesConcerned, int sumOfGaps) {
    }

    /** The total of the area. */
    public AreaTotal total(String areaCode) {
        return totals.stream().filter(t -> t.areaCode().equals(areaCode)).findFirst()
                .orElse(new AreaTotal(areaCode, 0, 0, 0));
    }

    /** The number of rows with a submitted kartläggning. */
    public long submittedCount() {
        return rows.stream().filter(Row::submitted).count();
    }
}
