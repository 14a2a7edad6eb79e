package se.kompetensresan.survey;

import se.kompetensresan.shared.CompetenceAreas;

/**
 * One row of a competence matrix: an area code (a {@link CompetenceAreas} code, named by the bundle key
 * {@code area.<CODE>}) and, for areas outside that list, an own label.
 */
public record MatrixArea(String code, LocalizedText label) {

    /** The bundle key of the area's name, used when the area has no own label. */
    public String messageKey() {
        return CompetenceAreas.messageKey(code);
    }
}
