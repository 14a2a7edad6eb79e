package se.kompetensresan.participant;

import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One row of an imported list as read from the file (line number in the file, the cells as text): name,
 * personnummer, e-mail, start date (empty: today). Skyddad identitet is not imported: such participants are added by
 * hand, since their gender must be entered and no number may pass through an HR file.
 */
public record ImportRow(int line, String name, String personalIdentityNumber, String email, String startDate) {

    ParticipantForm toForm(LocalDate today) {
        LocalDate start = today;
        String s = Texts.clean(startDate);
        if (s != null) {
            try {
                start = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new UserMessageException("participant.error.start.invalid", s);
            }
        }
        return new ParticipantForm(name, personalIdentityNumber, false, null, email, start, "sv");
    }
}
