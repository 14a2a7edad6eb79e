package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_CompleteJourney: the journey row becomes COMPLETED. */
@Component("completeJourneyDelegate")
class CompleteJourneyDelegate implements JavaDelegate {
    private final JourneyRecorder recorder;

    CompleteJourneyDelegate(JourneyRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recorder.markCompleted(execution.getProcessBusinessKey());
    }
}
