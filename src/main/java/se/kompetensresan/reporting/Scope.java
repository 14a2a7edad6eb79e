package se.kompetensresan.reporting;

import se.kompetensresan.project.ProjectInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A filter resolved against the user: the project, the delprojekt ids the user may see within it (never empty),
 * the county and the period. Every query of this module takes one and adds its WHERE clause on the company table
 * (alias {@code c}).
 */
record Scope(ProjectInfo project, List<Long> subprojectIds, String countyCode, LocalDate from, LocalDate to,
             int plannedParticipants, int plannedWomenPercent, Integer plannedCompanies) {

    /** {@code c.subproject_id in (:sp)} and, with a county, {@code c.municipality_code like 'NN%'}. */
    String companyWhere() {
        return "c.subproject_id in (:sp)" + (countyCode == null ? "" : " and c.municipality_code like :county");
    }

    Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        p.put("sp", subprojectIds);
        p.put("project", project.id());
        p.put("from", from);
        p.put("to", to);
        p.put("fromMonth", java.time.YearMonth.from(from).toString());
        p.put("toMonth", java.time.YearMonth.from(to).toString());
        p.put("toExclusive", to.plusDays(1).atStartOfDay());
        if (countyCode != null) {
            p.put("county", countyCode + "%");
        }
        return p;
    }
}
