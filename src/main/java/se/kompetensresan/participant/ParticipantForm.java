package se.kompetensresan.participant;

import se.kompetensresan.shared.Gender;

import java.time.LocalDate;

/**
 * A participant as the company enters (or imports) them. {@code personalIdentityNumber} is a personnummer or
 * samordningsnummer in any common form; with {@code protectedIdentity} (skyddad identitet) it must be empty and
 * {@code gender} is entered instead. {@code language} "sv" or "en" (the signing e-mail's language).
 */
public record ParticipantForm(String name, String personalIdentityNumber, boolean protectedIdentity, Gender gender,
                             String email, LocalDate startDate, String language) {
}
