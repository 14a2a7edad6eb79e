/**
 * Reporting: the project office's dashboard (companies, participants, hours and co-financing against the
 * project's targets, always split by gender), the drill-down lists behind every figure, and the funder's exports
 * (xlsx with Apache POI's streaming writer, csv with commons-csv). It only reads: every aggregate is one SQL query
 * with GROUP BY over the owning modules' tables ({@link ReportQueries}), scoped to the delprojekt the user may see
 * ({@link Scope}); full personnummer come only through participant's audited {@code fullNumbers}. Effect measurement
 * and demand and procurement ({@link EffectService}) read survey's answers the same way and hand their figures to
 * survey's charts (hence the dependency on survey: its chart types, never its tables' entities).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "project", "company",
        "participant", "journey", "survey"})
package se.kompetensresan.reporting;
