package se.kompetensresan.reporting;

import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.shared.Gender;

import java.time.YearMonth;

/**
 * The drill-down behind a participant figure: a state, optionally one gender and one age band; with a month and
 * a {@link MonthFigure}, the participants whose hours make up that month's figure instead.
 */
public record ParticipantQuery(ParticipantState state, Gender gender, AgeBand ageBand, YearMonth month,
                               MonthFigure figure) {

    public ParticipantQuery(ParticipantState state, Gender gender, AgeBand ageBand) {
        this(state, gender, ageBand, null, null);
    }

    public ParticipantQuery {
        if (state == null) {
            state = ParticipantState.TOTAL;
        }
        if ((month == null) != (figure == null)) {
            throw new IllegalArgumentException("a month needs its figure and a figure its month");
        }
    }

    /** Which hours of a month: reported (attendance), signed, or disputed by the participant. */
    public enum MonthFigure {
        REPORTED, SIGNED, DISPUTED
    }
}
