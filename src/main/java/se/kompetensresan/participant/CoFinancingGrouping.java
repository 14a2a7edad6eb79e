package se.kompetensresan.participant;

/** How co-financing totals are grouped. */
public enum CoFinancingGrouping {
    MONTH, YEAR, PARTICIPANT, COMPANY, SUBPROJECT, PROJECT
}
