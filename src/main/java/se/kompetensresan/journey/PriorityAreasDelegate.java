package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.kompetensresan.survey.SurveyService;

/** ServiceTask_ProposePriorityAreas: the (at most five) areas whose gap reaches the decision's threshold. */
@Component("priorityAreasDelegate")
class PriorityAreasDelegate implements JavaDelegate {
    private final SurveyService surveys;

    PriorityAreasDelegate(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyVariables vars = JourneyVariables.of(execution);
        int threshold = vars.priorityGapThreshold() == null ? 1 : vars.priorityGapThreshold();
        var areas = surveys.score(vars.surveyResponseId()).areasWithGapAtLeast(threshold).stream()
                .limit(JourneyProcess.MAX_PRIORITY_AREAS).toList();
        vars.priorityAreas(areas);
    }
}
