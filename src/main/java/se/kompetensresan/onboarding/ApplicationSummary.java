package se.kompetensresan.onboarding;

import se.kompetensresan.company.ApplicationInfo;

/**
 * An application as the managers' list shows it: the application, its project, the delprojekt covering the
 * company's municipality (null outside the project's area) and whether Task_AssessApplication waits for it.
 */
public record ApplicationSummary(ApplicationInfo application, String projectName, Long subprojectId,
                                 String subprojectName, boolean awaitingReview) {
}
