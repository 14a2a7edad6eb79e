package se.kompetensresan.survey;

import java.time.Instant;
import java.util.Set;

/**
 * One questionnaire version. {@code projectIds} empty = published for all projects. Only a DRAFT can be changed.
 * {@code selfAssessment}: the version also asks the company's employees for an anonymous self-assessment.
 */
public record QuestionnaireInfo(long id, String key, int version, QuestionnaireStatus status, Set<Long> projectIds,
                                QuestionnaireDefinition definition, Instant createdAt, Instant publishedAt,
                                boolean selfAssessment) {
    public QuestionnaireInfo {
        projectIds = Set.copyOf(projectIds);
    }

    /** "key v3" */
    public String label() {
        return key + " v" + version;
    }

    public boolean covers(long projectId) {
        return projectIds.isEmpty() || projectIds.contains(projectId);
    }
}
