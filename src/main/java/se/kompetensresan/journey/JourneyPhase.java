package se.kompetensresan.journey;

/** Where a journey stands; the first four are the steps of the stage bar (kartläggning → uppföljning). */
public enum JourneyPhase {
    SURVEY, ANALYSIS, COACHING, TRAINING, FOLLOW_UP, COMPLETED, WITHDRAWN;

    /** The step of the four-step stage bar (0 kartläggning, 1 coaching, 2 utbildning, 3 uppföljning). */
    public int stage() {
        return switch (this) {
            case SURVEY -> 0;
            case ANALYSIS, COACHING -> 1; // the coach's analysis of the survey opens the coaching step
            case TRAINING -> 2;
            case FOLLOW_UP, COMPLETED, WITHDRAWN -> 3;
        };
    }
}
