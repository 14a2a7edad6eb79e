package se.kompetensresan.training;

import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.PersonalIdentityNumber;

import java.math.BigDecimal;

/** A participant's reported hours on an activity. Show {@code personalIdentityNumber().masked()} on screen. */
public record AttendanceInfo(long participantId, String name, PersonalIdentityNumber personalIdentityNumber,
                             Gender gender, BigDecimal hours) {
}
