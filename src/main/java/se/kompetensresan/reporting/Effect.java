package se.kompetensresan.reporting;

import se.kompetensresan.survey.ProjectComparison;

import java.util.List;

/**
 * The effect on the companies' competence for a selection (project, delprojekt, county), over the companies whose
 * uppföljning was submitted by the end of the period: per competence area the current level at kartläggning and at
 * uppföljning, the companies that rose at least one level (stegförflyttning), and the gap closed in the areas their
 * development plan targeted against the others; the same per delprojekt, county and company.
 *
 * @param companies        companies with both rounds submitted
 * @param companiesStepped of them, those that rose at least one level in at least one area
 * @param targeted         the gap in the company areas their approved plan had a planned activity in
 * @param other            the gap in the other company areas
 * @param byCompany        at most {@code companyLimit} companies, by name
 */
public record Effect(ReportFilter filter, String projectName, String caseNumber, long companies,
                     long companiesStepped, List<AreaEffect> areas, GapClosure targeted, GapClosure other,
                     List<EffectGroup> bySubproject, List<EffectGroup> byCounty, List<EffectGroup> byCompany,
                     int companyLimit) {

    public Effect {
        areas = List.copyOf(areas);
        bySubproject = List.copyOf(bySubproject);
        byCounty = List.copyOf(byCounty);
        byCompany = List.copyOf(byCompany);
    }

    /**
     * One competence area over the companies that answered it in both rounds.
     *
     * @param currentBefore  the summed current level at kartläggning (divide by {@code companies} for the mean)
     * @param stepped        companies whose current level rose at least one step
     * @param participants   the participants of these companies' training in the area (activities booked from a
     *                       planned activity of the area), by gender
     */
    public record AreaEffect(String areaCode, long companies, long currentBefore, long currentAfter,
                             long requiredBefore, long requiredAfter, long stepped, GapClosure targeted,
                             GapClosure other, GenderCount participants) {

        public double averageBefore() {
            return mean(currentBefore, companies);
        }

        public double averageAfter() {
            return mean(currentAfter, companies);
        }

        /** The mean change of the current level (levels). */
        public double averageChange() {
            return mean(currentAfter - currentBefore, companies);
        }

        /** The share of the companies with stegförflyttning, in percent. */
        public double steppedPercent() {
            return companies == 0 ? 0 : 100.0 * stepped / companies;
        }

        /** The gap of every company area, targeted or not. */
        public GapClosure gap() {
            return targeted.plus(other);
        }
    }

    /**
     * The effect in one delprojekt, county or company.
     *
     * @param key         the delprojekt's or company's id, or the county code
     * @param answers     company areas answered in both rounds
     * @param stepped     company areas whose current level rose
     * @param levelChange the summed change of the current level over the company areas
     */
    public record EffectGroup(String key, String name, String organisationNumber, long companies,
                              long companiesStepped, long answers, long stepped, long levelChange,
                              GapClosure targeted, GapClosure other) {

        public double averageChange() {
            return mean(levelChange, answers);
        }

        /** The share of the companies with stegförflyttning in at least one area, in percent. */
        public double companiesSteppedPercent() {
            return companies == 0 ? 0 : 100.0 * companiesStepped / companies;
        }

        EffectGroup named(String newName) {
            return new EffectGroup(key, newName, organisationNumber, companies, companiesStepped, answers, stepped,
                    levelChange, targeted, other);
        }
    }

    /** The share of the companies with stegförflyttning in at least one area, in percent. */
    public double companiesSteppedPercent() {
        return companies == 0 ? 0 : 100.0 * companiesStepped / companies;
    }

    /** The areas as survey's before/after averages, for its {@code ComparisonChart}. */
    public ProjectComparison comparison() {
        return new ProjectComparison(filter.projectId(), (int) companies, areas.stream()
                .map(a -> new ProjectComparison.AreaAverage(a.areaCode(), (int) a.companies(), a.averageBefore(),
                        a.averageAfter(), mean(a.requiredBefore(), a.companies()), mean(a.requiredAfter(), a.companies())))
                .toList());
    }

    static double mean(long sum, long n) {
        return n == 0 ? 0 : (double) sum / n;
    }
}
