package se.kompetensresan.survey;

/** One competence area of a submitted response: nuläge, behov and the gap (required − current). */
public record AreaGap(String areaCode, int currentLevel, int requiredLevel, int employeesConcerned) {
    public int gap() {
        return requiredLevel - currentLevel;
    }
}
