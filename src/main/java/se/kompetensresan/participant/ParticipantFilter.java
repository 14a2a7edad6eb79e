package se.kompetensresan.participant;

import se.kompetensresan.shared.Gender;

/** Filters of the participant register; null means any. {@code active} true = active today, false = ended. */
public record ParticipantFilter(Long subprojectId, Long companyId, Gender gender, Boolean active) {
    public static final ParticipantFilter ALL = new ParticipantFilter(null, null, null, null);
}
