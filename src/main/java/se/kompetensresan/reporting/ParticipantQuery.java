package se.kompetensresan.reporting;

import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.shared.Gender;

/** The drill-down behind a participant figure: a state, optionally one gender and one age band. */
public record ParticipantQuery(ParticipantState state, Gender gender, AgeBand ageBand) {
}
