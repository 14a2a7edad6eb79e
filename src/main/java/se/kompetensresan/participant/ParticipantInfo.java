package se.kompetensresan.participant;

import se.kompetensresan.shared.Gender;

import java.time.LocalDate;

/**
 * A participant as views see it: never the personnummer, only {@link #masked()}.
 * <p>
 * Masking scheme: the birth year only ("f. 1985"). The last digits ({@code ****-**12}) would add part of the serial
 * number and the gender digit, which together with a name and an employer narrow a person down further than any
 * screen here needs; the birth year is already what the age band is computed from and, beside the name and the
 * company, tells the few employees of one SME apart. A protected identity shows "skyddad identitet" instead.
 */
public record ParticipantInfo(long id, long companyId, String name, String email, String language,
                              boolean protectedIdentity, Gender gender, Integer birthYear, AgeBand ageBand,
                              LocalDate startDate, LocalDate endDate, EndReason endReason) {

    public boolean active(LocalDate today) {
        return endDate == null || !today.isAfter(endDate);
    }

    /** What screens show instead of the number: the birth year, or null for a protected identity. */
    public String masked() {
        return birthYear == null ? null : String.valueOf(birthYear);
    }
}
