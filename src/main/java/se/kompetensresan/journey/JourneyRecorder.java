package se.kompetensresan.journey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.journey.casefile.JourneyEvent;
import se.kompetensresan.journey.casefile.JourneyEventRepository;
import se.kompetensresan.journey.casefile.JourneyEventType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the journey row and its timeline in step with the process (phase, status, events). Called by the
 * delegates, the listeners and the inbox without a tenant check of its own: its callers did that. Module-internal
 * (public only for {@code journey.inbox} and {@code journey.casefile}).
 */
@Component
@Transactional
public class JourneyRecorder {

    public static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(JourneyRecorder.class);
    /** The note column's size; longer notes are refused by the services that take them. */
    private static final int MAX_NOTE = 2000;

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
                add(j.id, SYSTEM, JourneyEventType.PHASE_CHANGED, List.of(phase.name()), null);
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
        if (status == JourneyStatus.WITHDRAWN) {
            j.withdrawnFrom = j.phase;
        }
        j.status = status;
        j.phase = phase;
        j.phaseSince = now;
        j.endedAt = now;
        add(j.id, SYSTEM, type, List.of(), null);
    }

    /** Adds a timeline entry to the journey of the case. */
    public void record(String caseNumber, String actor, JourneyEventType type, List<String> arguments, String note) {
        journeys.findByCaseNumber(caseNumber).ifPresentOrElse(j -> add(j.id, actor, type, arguments, note),
                () -> LOG.warn("no journey for case {} ({})", caseNumber, type));
    }

    /** Adds a timeline entry to the journey. */
    public void add(long journeyId, String actor, JourneyEventType type, List<String> arguments, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("timeline note over " + MAX_NOTE + " characters (" + type + ")");
        }
        events.save(new JourneyEvent(journeyId, clock.instant(), actor == null ? SYSTEM : actor, type, arguments, note));
    }
}
