package se.kompetensresan.survey;

import java.util.List;
import java.util.Optional;

/**
 * Surveys (kartläggning and uppföljning). CONTRACT for the journey module and the views; the survey
 * helper implements it. Methods marked "process" run without a signed-in user (called by BPMN delegates);
 * all others check the current user's tenant scope and refuse with AccessRefusedException.
 */
@org.springframework.stereotype.Service
public class SurveyService {

    /** Process: opens (or returns the already open) response of the company for the round; returns its id. */
    public long open(long companyId, SurveyRound round) {
        throw new UnsupportedOperationException("survey: not implemented yet");
    }

    /** Process: the scores of a submitted response. */
    public SurveyScore score(long responseId) {
        throw new UnsupportedOperationException("survey: not implemented yet");
    }

    /** Tenant-checked: the scores of the company's submitted response of the round, if any. */
    public Optional<SurveyScore> scoreFor(long companyId, SurveyRound round) {
        throw new UnsupportedOperationException("survey: not implemented yet");
    }

    /** Tenant-checked: before/after per area of the company (first round vs follow-up). */
    public List<AreaComparison> compare(long companyId) {
        throw new UnsupportedOperationException("survey: not implemented yet");
    }
}
