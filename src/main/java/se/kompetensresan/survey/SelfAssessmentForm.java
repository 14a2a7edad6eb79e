package se.kompetensresan.survey;

import java.util.List;

/** What the anonymous self-assessment page shows: the company's name and the areas of its competence matrix. */
public record SelfAssessmentForm(String companyName, List<MatrixArea> areas) {
    public SelfAssessmentForm {
        areas = List.copyOf(areas);
    }
}
