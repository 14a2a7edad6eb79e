package se.kompetensresan.journey.inbox;

import java.util.List;

/** What the coach's analysis task starts from: the decision's proposal. */
public record AnalysisInfo(TaskInfo task, String proposedTrack, List<String> proposedAreas) {
    /** The tracks the decision may propose (and the coach may choose). */
    public static final List<String> TRACKS = List.of("BAS", "FORDJUPAD", "STRATEGISK");
}
