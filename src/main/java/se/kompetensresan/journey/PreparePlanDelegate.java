package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.coaching.CoachingService;

/** ServiceTask_PreparePlan: a draft development plan from the confirmed track and areas; sets planId. */
@Component("preparePlanDelegate")
class PreparePlanDelegate implements JavaDelegate {
    private final CoachingService coaching;
    private final JourneyRepository journeys;

    PreparePlanDelegate(CoachingService coaching, JourneyRepository journeys) {
        this.coaching = coaching;
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        long planId = coaching.preparePlan(vars.companyId(), journeys.idOf(execution.getProcessBusinessKey()), vars.coachingTrack(), vars.priorityAreas());
        vars.planId(planId);
    }
}
