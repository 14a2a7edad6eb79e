package se.kompetensresan.catalogue;

/** How the course is procured: under a framework agreement (ramavtal), by direct award (direktupphandling), or not yet. */
public enum ProcurementStatus {
    FRAMEWORK_AGREEMENT, DIRECT_AWARD, TO_BE_PROCURED
}
