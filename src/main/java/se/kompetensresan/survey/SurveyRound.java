package se.kompetensresan.survey;

/** Kartläggning (first round) or uppföljning (follow-up round) of the same questionnaire. */
public enum SurveyRound {
    FIRST, FOLLOW_UP
}
