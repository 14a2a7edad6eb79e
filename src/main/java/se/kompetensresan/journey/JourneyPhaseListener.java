package se.kompetensresan.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Execution listener ({@code ${journeyPhaseListener}}, event start): moves the journey row into the activity's phase. */
@Component("journeyPhaseListener")
class JourneyPhaseListener implements ExecutionListener {
    private final JourneyRecorder recorder;

    JourneyPhaseListener(JourneyRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void notify(DelegateExecution execution) {
        JourneyPhase phase = JourneyProcess.phaseOfActivity(execution.getCurrentActivityId());
        if (phase != null) {
            recorder.enterPhase(execution.getProcessBusinessKey(), phase);
        }
    }
}
