package se.kompetensresan.survey;

import se.kompetensresan.shared.UserMessageException;

/**
 * The response changed elsewhere since the caller read it (another tab, another person): nothing was
 * stored; the caller should reload the fresh values instead of overwriting them.
 */
public class SurveyConflictException extends UserMessageException {
    public SurveyConflictException() {
        super("survey.error.conflict");
    }
}
