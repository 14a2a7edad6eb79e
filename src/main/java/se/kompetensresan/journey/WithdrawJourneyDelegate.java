package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_MarkWithdrawn: the journey row becomes WITHDRAWN (avbruten). */
@Component("withdrawJourneyDelegate")
class WithdrawJourneyDelegate implements JavaDelegate {
    private final JourneyRecorder recorder;

    WithdrawJourneyDelegate(JourneyRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        recorder.markWithdrawn(execution.getProcessBusinessKey());
    }
}
