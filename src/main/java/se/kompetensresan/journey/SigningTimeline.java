package se.kompetensresan.journey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.kompetensresan.journey.casefile.JourneyEventType;
import se.kompetensresan.participant.SigningOverdue;
import se.kompetensresan.participant.SigningReminded;

import java.util.List;

/**
 * The participants' monthly signing in the company's case timeline: the reminders they got and the escalation to the
 * coaches (in the caller's transaction; a company without a journey has no timeline).
 */
@Component
class SigningTimeline {

    private final JourneyRepository journeys;
    private final JourneyRecorder recorder;

    SigningTimeline(JourneyRepository journeys, JourneyRecorder recorder) {
        this.journeys = journeys;
        this.recorder = recorder;
    }

    @EventListener
    void on(SigningReminded e) {
        record(e.companyId(), e.actor(), JourneyEventType.SIGNING_REMINDED, e.month().toString(), e.participants());
    }

    @EventListener
    void on(SigningOverdue e) {
        record(e.companyId(), JourneyRecorder.SYSTEM, JourneyEventType.SIGNING_OVERDUE, e.month().toString(), e.participants());
    }

    private void record(long companyId, String actor, JourneyEventType type, String month, int participants) {
        journeys.findFirstByCompanyIdOrderByStartedAtDescIdDesc(companyId).ifPresent(j ->
                recorder.add(j.id, actor, type, List.of(month, String.valueOf(participants)), null));
    }
}
