package se.kompetensresan.participant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;
import se.kompetensresan.training.TrainingStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attendance by date: participants registered on a training activity, their whole hours per date under the rules
 * of {@link LedgerRules}, the company's confirmation that an activity's attendance is complete (Rapportera närvaro,
 * only after the activity has ended) and the coach's approval (Attestera närvaro). The company's own users and the
 * coaches of its delprojekt record hours; managers and admins read them.
 */
@Service
@Transactional
public class AttendanceService {

    private final RegistrationRepository registrations;
    private final AttendanceDayRepository days;
    private final ParticipantMonthRepository months;
    private final MonthLockRepository locks;
    private final ParticipantRepository participants;
    private final ParticipantService register;
    private final TrainingService training;
    private final CompanyService companies;
    private final CompanyProjects companyProjects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceService(RegistrationRepository registrations, AttendanceDayRepository days,
                      ParticipantMonthRepository months, MonthLockRepository locks, ParticipantRepository participants,
                      ParticipantService register, TrainingService training, CompanyService companies,
                      CompanyProjects companyProjects, CurrentUser currentUser, ApplicationEventPublisher events,
                      Clock clock) {
        this.registrations = registrations;
        this.days = days;
        this.months = months;
        this.locks = locks;
        this.participants = participants;
        this.register = register;
        this.training = training;
        this.companies = companies;
        this.companyProjects = companyProjects;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The grid of an activity (anyone who may see the company). */
    @Transactional(readOnly = true)
    public AttendanceSheet sheet(long activityId) {
        TrainingActivityInfo a = training.activity(activityId);
        UserAccount u = currentUser.require();
        List<Participant> people = registrations.findByActivityIdOrderById(activityId).stream()
                .map(r -> participants.findById(r.participantId).orElseThrow()).toList();
        Map<Long, Map<LocalDate, Integer>> hours = new HashMap<>();
        for (AttendanceDay d : days.findByActivityId(activityId)) {
            hours.computeIfAbsent(d.participantId, k -> new TreeMap<>()).put(d.day, d.hours);
        }
        Map<Long, Map<YearMonth, MonthStatus>> status = new HashMap<>();
        for (Participant p : people) {
            for (ParticipantMonth m : months.findByParticipantIdOrderByLedgerMonthDesc(p.id)) {
                status.computeIfAbsent(p.id, k -> new HashMap<>()).put(YearMonth.parse(m.ledgerMonth), m.status);
            }
        }
        long projectId = companyProjects.projectOf(a.companyId());
        List<YearMonth> locked = locks.findByProjectIdOrderByLedgerMonth(projectId).stream()
                .map(l -> YearMonth.parse(l.ledgerMonth)).toList();
        boolean mayEdit = u.is(Role.COMPANY) || u.is(Role.COACH);
        return new AttendanceSheet(a, people.stream().map(ParticipantService::toInfo).toList(), hours, status, locked,
                mayEdit && a.status() != TrainingStatus.APPROVED);
    }

    /** Registers a participant of the activity's company on it (the company or its coach). */
    public void register(long activityId, long participantId) {
        TrainingActivityInfo a = editable(activityId);
        Participant p = register.accessible(participantId);
        if (p.companyId != a.companyId()) {
            throw currentUser.refused("participant " + participantId + " is not of the company of activity " + activityId);
        }
        if (p.endDate != null && p.endDate.isBefore(a.startDate())) {
            throw new UserMessageException("participant.error.register.ended");
        }
        if (registrations.existsByActivityIdAndParticipantId(activityId, participantId)) {
            return;
        }
        Registration r = new Registration();
        r.activityId = activityId;
        r.participantId = participantId;
        r.registeredBy = currentUser.require().username();
        r.registeredAt = clock.instant();
        registrations.save(r);
    }

    /** Removes a registration that has no hours (the company or its coach). */
    public void unregister(long activityId, long participantId) {
        editable(activityId);
        Registration r = registrations.findByActivityIdAndParticipantId(activityId, participantId)
                .orElseThrow(() -> currentUser.refused("participant " + participantId + " not on activity " + activityId));
        if (days.existsByActivityIdAndParticipantId(activityId, participantId)) {
            throw new UserMessageException("participant.error.unregister.hasHours");
        }
        registrations.delete(r);
    }

    /**
     * Records the whole hours a participant attended the activity on a date, as typed (empty or 0 removes them);
     * returns the hours stored. Refused with the reason when a rule of {@link LedgerRules} is broken.
     */
    public int record(long activityId, long participantId, LocalDate day, String hoursText) {
        TrainingActivityInfo a = editable(activityId);
        Participant p = register.accessible(participantId);
        if (p.companyId != a.companyId()) {
            throw currentUser.refused("participant " + participantId + " is not of the company of activity " + activityId);
        }
        if (day == null) {
            throw new UserMessageException("participant.error.day.required");
        }
        int hours = LedgerRules.parseHours(hoursText);
        int other = days.findByParticipantIdAndDay(participantId, day).stream()
                .filter(d -> d.activityId != activityId).mapToInt(d -> d.hours).sum();
        LedgerRules.check(new LedgerRules.Change(hours, day, LocalDate.now(clock), a.startDate(), a.endDate(),
                registrations.existsByActivityIdAndParticipantId(activityId, participantId), p.startDate, p.endDate,
                other, monthState(p, YearMonth.from(day))));
        var existing = days.findByActivityIdAndParticipantIdAndDay(activityId, participantId, day);
        if (hours == 0) {
            existing.ifPresent(days::delete);
            return 0;
        }
        AttendanceDay d = existing.orElseGet(AttendanceDay::new);
        d.activityId = activityId;
        d.participantId = participantId;
        d.companyId = p.companyId;
        d.day = day;
        d.hours = hours;
        d.recordedBy = currentUser.require().username();
        d.recordedAt = clock.instant();
        days.save(d);
        return hours;
    }

    /**
     * The company confirms that the activity's attendance is complete (Rapportera närvaro; COMPANY user of the
     * company). Only after the activity has ended (the journey's task appears the day after the end date, so the
     * two can no longer disagree) and with at least one participant registered. Publishes {@link AttendanceReported}.
     */
    public void confirmComplete(long activityId) {
        TrainingActivityInfo a = training.activity(activityId);
        currentUser.requireRole(Role.COMPANY);
        if (!LocalDate.now(clock).isAfter(a.endDate())) {
            throw new UserMessageException("participant.error.confirm.notEnded", a.endDate());
        }
        if (registrations.findByActivityIdOrderById(activityId).isEmpty()) {
            throw new UserMessageException("participant.error.confirm.noParticipants");
        }
        training.markAttendanceReported(activityId);
        events.publishEvent(new AttendanceReported(a.companyId(), a.plannedActivityId(), a.id()));
    }

    /** The coach approves (attesterar) the confirmed attendance (COACH in scope). Publishes {@link AttendanceApproved}. */
    public void approve(long activityId) {
        TrainingActivityInfo a = training.markAttendanceApproved(activityId);
        events.publishEvent(new AttendanceApproved(a.companyId(), a.plannedActivityId(), a.id()));
    }

    /** Hours per registered participant on the activity, by participant (anyone who may see the company). */
    @Transactional(readOnly = true)
    public Map<ParticipantInfo, Integer> totals(long activityId) {
        AttendanceSheet s = sheet(activityId);
        Map<ParticipantInfo, Integer> m = new LinkedHashMap<>();
        s.participants().forEach(p -> m.put(p, s.total(p.id())));
        return m;
    }

    // ---------------------------------------------------------------- helpers

    /** The activity, if the user may record hours on it: the company itself or a coach in scope, not yet approved. */
    private TrainingActivityInfo editable(long activityId) {
        TrainingActivityInfo a = training.activity(activityId);
        UserAccount u = currentUser.require();
        if (!u.is(Role.COMPANY) && !u.is(Role.COACH)) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") tried to record attendance on activity " + activityId);
        }
        if (a.status() == TrainingStatus.APPROVED) {
            throw new UserMessageException("participant.error.activity.approved");
        }
        return a;
    }

    LedgerRules.MonthState monthState(Participant p, YearMonth month) {
        if (locks.existsByProjectIdAndLedgerMonth(companyProjects.projectOf(p.companyId), month.toString())) {
            return LedgerRules.MonthState.LOCKED;
        }
        return months.findByParticipantIdAndLedgerMonth(p.id, month.toString()).map(m -> switch (m.status) {
            case OPEN, DISPUTED -> LedgerRules.MonthState.EDITABLE;
            case SENT -> LedgerRules.MonthState.AWAITING_SIGNATURE;
            case SIGNED -> LedgerRules.MonthState.SIGNED;
            case LOCKED -> LedgerRules.MonthState.LOCKED;
        }).orElse(LedgerRules.MonthState.EDITABLE);
    }
}
