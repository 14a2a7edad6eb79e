package se.kompetensresan.coaching;

import java.util.List;

/**
 * Coaching sessions and development plans. CONTRACT for the journey module; the coaching helper
 * implements it. "Process" methods run without a user; the others check role and tenant.
 */
@org.springframework.stereotype.Service
public class CoachingService {

    /**
     * Process: makes sure the company has a draft plan, proposing one action per priority area
     * (codes from CompetenceAreas) and remembering the confirmed coaching track. Idempotent.
     */
    public long preparePlan(long companyId, String coachingTrack, List<String> priorityAreaCodes) {
        throw new UnsupportedOperationException("coaching: not implemented yet");
    }

    /** Process: the actions of a plan (the training phase runs one sub-process per id). */
    public List<Long> plannedActivityIds(long planId) {
        throw new UnsupportedOperationException("coaching: not implemented yet");
    }

    /** Process: one action of a plan. */
    public PlannedActivityInfo plannedActivity(long plannedActivityId) {
        throw new UnsupportedOperationException("coaching: not implemented yet");
    }
}
