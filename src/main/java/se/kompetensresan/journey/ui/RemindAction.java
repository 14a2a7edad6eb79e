package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.Component;
import se.kompetensresan.journey.CompanyReminders;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.shared.ui.Notices;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * "Skicka påminnelse" of the inbox and the list of journeys: reminds the companies of the cases and says how many
 * got one ("Påminnelse skickad till 3 företag") and how many were skipped and why; a single case that cannot be
 * reminded says why instead.
 */
final class RemindAction {

    private RemindAction() {
    }

    /** Sends the reminders; true when the service accepted the request. */
    static boolean send(Component owner, CompanyReminders reminders, Collection<String> caseNumbers) {
        CompanyReminders.Outcome[] outcome = new CompanyReminders.Outcome[1];
        if (!new FieldErrors(owner).run(() -> outcome[0] = reminders.remindNow(caseNumbers))) {
            return false;
        }
        Notices.success(text(owner, outcome[0]));
        return true;
    }

    static String text(Component owner, CompanyReminders.Outcome o) {
        List<String> parts = new ArrayList<>();
        parts.add(owner.getTranslation("journey.remind.sent", o.reminded()));
        if (o.remindedRecently() > 0) {
            parts.add(owner.getTranslation("journey.remind.skippedRecently", o.remindedRecently()));
        }
        if (o.nothingWaiting() > 0) {
            parts.add(owner.getTranslation("journey.remind.skippedNothing", o.nothingWaiting()));
        }
        if (o.noAddress() > 0) {
            parts.add(owner.getTranslation("journey.remind.skippedNoAddress", o.noAddress()));
        }
        return String.join(". ", parts) + ".";
    }
}
