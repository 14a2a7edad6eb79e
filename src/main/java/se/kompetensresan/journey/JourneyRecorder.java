package se.kompetensresan.journey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the journey row and its timeline in step with the process (phase, status, events).
 * Called by the delegates and listeners without a user, and by {@link JourneyService}.
 */
@Component
@Transactional
class JourneyRecorder {

    static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(JourneyRecorder.class);

    private final JourneyRepository journeys;
    private final JourneyEventRepository events;
    private final Clock clock;

    JourneyRecorder(JourneyRepository journeys, JourneyEventRepository events, Clock clock) {
        this.journeys = journeys;
        this.events = events;
        this.clock = clock;
    }

    /** Moves the journey into the phase (no-op when it is already there). */
    void enterPhase(String caseNumber, JourneyPhase phase) {
        journeys.findByCaseNumber(caseNumber).ifPresentOrElse(j -> {
            if (j.phase != phase && j.status == JourneyStatus.ACTIVE) {
                j.phase = phase;
                j.phaseSince = clock.instant();
                add(j.id, SYSTEM, JourneyEventType.PHASE_CHANGED, phase.name());
            }
        }, () -> LOG.warn("no journey for case {} (phase {})", caseNumber, phase));
    }

    void markCompleted(String caseNumber) {
        end(caseNumber, JourneyStatus.COMPLETED, JourneyPhase.COMPLETED, JourneyEventType.COMPLETED);
    }

    void markWithdrawn(String caseNumber) {
        end(caseNumber, JourneyStatus.WITHDRAWN, JourneyPhase.WITHDRAWN, JourneyEventType.WITHDRAWN);
    }

    private void end(String caseNumber, JourneyStatus status, JourneyPhase phase, JourneyEventType type) {
        Journey j = journeys.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new IllegalStateException("no journey for case " + caseNumber));
        if (j.status != JourneyStatus.ACTIVE) {
            return;
        }
        Instant now = clock.instant();
        j.status = status;
        j.phase = phase;
        j.phaseSince = now;
        j.endedAt = now;
        add(j.id, SYSTEM, type, null);
    }

    /** Adds a timeline entry to the journey of the case. */
    void record(String caseNumber, String actor, JourneyEventType type, String detail) {
        journeys.findByCaseNumber(caseNumber).ifPresentOrElse(j -> add(j.id, actor, type, detail),
                () -> LOG.warn("no journey for case {} ({})", caseNumber, type));
    }

    void add(long journeyId, String actor, JourneyEventType type, String detail) {
        JourneyEvent e = new JourneyEvent();
        e.journeyId = journeyId;
        e.at = clock.instant();
        e.actor = actor == null ? SYSTEM : actor;
        e.type = type;
        e.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        events.save(e);
    }
}
