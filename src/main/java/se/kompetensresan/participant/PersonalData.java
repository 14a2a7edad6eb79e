package se.kompetensresan.participant;

import org.springframework.stereotype.Component;
import se.kompetensresan.mail.MailService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the GDPR work of the module does to one participant's rows, shared by erasure on request
 * ({@link ParticipantService#erase}) and the nightly {@link ParticipantRetention}. No user checks: callers check.
 * <p>
 * When a person is part of a report: one of their participant-months is LOCKED (included in a payment claim), or
 * their full personnummer went into a Deltagarförteckning for the funder (the access log's EXPORT entries name
 * them). The SCB file and the Närvarorapport leave no record of their own in reporting, so those two are the
 * evidence the product holds. A DISPUTED month also blocks erasure: the company's correction task in the journey
 * refers to it, and erasing would leave that task without its month.
 */
@Component
class PersonalData {

    static final String ERASED = "[raderad]";

    private final ParticipantRepository participants;
    private final ParticipantMonthRepository months;
    private final MonthEventRepository trail;
    private final AttendanceDayRepository days;
    private final HoursAdjustmentRepository adjustments;
    private final RegistrationRepository registrations;
    private final PersonalNumberAccessRepository accessLog;
    private final MailService mail;

    PersonalData(ParticipantRepository participants, ParticipantMonthRepository months, MonthEventRepository trail,
                 AttendanceDayRepository days, HoursAdjustmentRepository adjustments,
                 RegistrationRepository registrations, PersonalNumberAccessRepository accessLog, MailService mail) {
        this.mail = mail;
        this.participants = participants;
        this.months = months;
        this.trail = trail;
        this.days = days;
        this.adjustments = adjustments;
        this.registrations = registrations;
        this.accessLog = accessLog;
    }

    /** The message key saying why the participant may not be erased on request; empty when they may. */
    Optional<String> erasureRefusal(Participant p) {
        if (p.anonymisedAt != null) {
            return Optional.of("participant.erase.refused.anonymised");
        }
        List<ParticipantMonth> list = months.findByParticipantIdOrderByLedgerMonthDesc(p.id);
        if (list.stream().anyMatch(m -> m.status == MonthStatus.LOCKED)) {
            return Optional.of("participant.erase.refused.locked");
        }
        if (accessLog.countNaming(String.valueOf(p.id), PersonalNumberAccess.EXPORT) > 0
                || accessLog.countNaming(String.valueOf(p.id), PersonalNumberAccess.REPORT) > 0) {
            return Optional.of("participant.erase.refused.exported");
        }
        if (list.stream().anyMatch(m -> m.status == MonthStatus.DISPUTED)) {
            return Optional.of("participant.erase.refused.disputed");
        }
        return Optional.empty();
    }

    /**
     * Erasure on request: every row of the person in this module goes (the trail, the months, the hours, the
     * adjustments, the registrations and the participant). None of it is in a report (see
     * {@link #erasureRefusal}), and hours kept under a nameless participant could still be locked into a later
     * payment claim that the funder can no longer check against a person. The signing mails to the person in the
     * outbox lose address, subject and body (a queued one is not sent). Returns the number of rows deleted.
     */
    int delete(Participant p) {
        int n = 0;
        List<ParticipantMonth> list = months.findByParticipantIdOrderByLedgerMonthDesc(p.id);
        mail.forgetLinked(SigningLinks.KIND, list.stream().map(m -> m.id).toList());
        for (ParticipantMonth m : list) {
            List<MonthEvent> events = trail.findByParticipantMonthIdOrderById(m.id);
            trail.deleteAll(events);
            n += events.size() + 1;
            months.delete(m);
        }
        List<AttendanceDay> hours = days.findByParticipantIdOrderByDay(p.id);
        days.deleteAll(hours);
        List<HoursAdjustment> adj = adjustments.findByParticipantIdOrderById(p.id);
        adjustments.deleteAll(adj);
        List<Registration> regs = registrations.findByParticipantIdOrderById(p.id);
        registrations.deleteAll(regs);
        months.flush();
        participants.delete(p);
        participants.flush();
        return n + hours.size() + adj.size() + regs.size() + 1;
    }

    /**
     * Anonymisation after the retention period: the person goes, the numbers stay. Name, e-mail, the personnummer's
     * ciphertext and blind index and the birth year are removed; every signing link stops working; free text
     * written about or by the person (dispute comments, the trail's comments, adjustment reasons) is removed.
     * Gender and age band stay: the funder's reports split participants and hours by gender (every figure) and
     * the indicators count participants by age band, and neither points to a person once name, number and
     * birth year are gone. Start and end date, end reason, months and hours stay as the project's figures.
     */
    void anonymise(Participant p, Instant now) {
        p.name = ERASED;
        p.email = "";
        p.numberCipher = null;
        p.numberIndex = null;
        p.birthYear = null;
        p.anonymisedAt = now;
        for (ParticipantMonth m : months.findByParticipantIdOrderByLedgerMonthDesc(p.id)) {
            m.voidLink();
            m.tokenExpiresAt = null;
            m.disputeComment = null;
            for (MonthEvent e : trail.findByParticipantMonthIdOrderById(m.id)) {
                e.comment = null;
            }
        }
        for (HoursAdjustment a : adjustments.findByParticipantIdOrderById(p.id)) {
            a.reason = ERASED;
        }
    }

    /**
     * The day the retention period counts from: the end date, or for a participation never ended the last sign of
     * activity (start, registration, the last attended day, the last month of the ledger).
     */
    LocalDate retentionStart(Participant p, ZoneId zone) {
        if (p.endDate != null) {
            return p.endDate;
        }
        LocalDate last = p.startDate;
        if (p.createdAt != null) {
            last = max(last, p.createdAt.atZone(zone).toLocalDate());
        }
        LocalDate day = days.lastDayOf(p.id);
        if (day != null) {
            last = max(last, day);
        }
        List<ParticipantMonth> list = months.findByParticipantIdOrderByLedgerMonthDesc(p.id);
        if (!list.isEmpty()) {
            last = max(last, YearMonth.parse(list.get(0).ledgerMonth).atEndOfMonth());
        }
        return last;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
