package se.kompetensresan.journey.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * An entry of a journey's own timeline (who did what when). {@code arguments} are the event's structured values
 * (a phase, a task key, a coach's username, a coaching track and its areas; see {@link JourneyEventType}),
 * {@code note} the free text a person wrote with it. Neither ever holds personal data of employees.
 */
@Entity
@Table(name = "journey_event")
public class JourneyEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "journey_id", nullable = false)
    long journeyId;
    @Column(nullable = false)
    Instant at;
    /** Username, or {@code system} for the process. */
    @Column(nullable = false)
    String actor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    JourneyEventType type;
    @Convert(converter = EventArgumentsConverter.class)
    @Column(name = "arguments")
    List<String> arguments = List.of();
    @Column(name = "detail")
    String note;

    protected JourneyEvent() {
    }

    public JourneyEvent(long journeyId, Instant at, String actor, JourneyEventType type, List<String> arguments,
                        String note) {
        this.journeyId = journeyId;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.arguments = arguments == null ? List.of() : List.copyOf(arguments);
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public List<String> arguments() {
        return arguments;
    }

    TimelineEntry toEntry(boolean hidePrivate) {
        return new TimelineEntry(at, actor, type, hidePrivate ? List.of() : arguments, hidePrivate ? null : note);
    }
}
