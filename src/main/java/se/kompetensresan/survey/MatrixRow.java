package se.kompetensresan.survey;

/** The answer to one row of a competence matrix; null where not answered. */
public record MatrixRow(Integer currentLevel, Integer requiredLevel, Priority priority, Integer employeesConcerned) {

    public static final MatrixRow EMPTY = new MatrixRow(null, null, null, null);

    /** Both levels are given (what the gap analysis needs). */
    public boolean complete() {
        return currentLevel != null && requiredLevel != null;
    }

    public boolean isEmpty() {
        return currentLevel == null && requiredLevel == null && priority == null && employeesConcerned == null;
    }

    /** The gap (required − current), null unless complete. */
    public Integer gap() {
        return complete() ? requiredLevel - currentLevel : null;
    }
}
