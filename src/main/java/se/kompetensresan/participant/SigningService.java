package se.kompetensresan.participant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The participants' monthly signing and the corrections around it.
 * <p>
 * On the first working day of a month (and every day after, so a missed day catches up) {@link #createMonthlyRequests}
 * gives every participant with hours in the previous month a signing request (one row per participant and month,
 * unique in the database, so running it twice creates nothing twice) and an e-mail through the outbox, in their
 * language, with a one-time link. Zero-hour months are not sent. The company or its coach may also send a month
 * early ({@link #sendMonth}).
 * <p>
 * The link page asks for the e-mail address the link was sent to before it shows anything (instead of a code in a
 * second e-mail: both would arrive in the same mailbox, so a second mail adds traffic but no second factor, while
 * asking for the address makes a link that leaks outside the mailbox — a forwarded screenshot, a proxy log, a link
 * scanner — useless on its own, and {@code maxEmailAttempts} wrong addresses block it). Opening the page changes
 * nothing (mail scanners open links); the token is used up by the answer: signed, or disputed with a comment.
 * Tokens are stored only as SHA-256, expire after {@code signingLinkValid} and work without an account.
 * <p>
 * A disputed month goes back to the company ({@link MonthDisputed}; the journey module puts a task in its inbox);
 * once corrected it is sent again ({@link MonthCorrected}). A signed month is reopened only with a reason. A month
 * the manager has included in a payment claim is locked ({@link #lockMonth}); its corrections are adjustments booked
 * in the current month ({@link #adjust}).
 */
@Service
@Transactional
public class SigningService {

    private static final Logger LOG = LoggerFactory.getLogger(SigningService.class);
    static final String SYSTEM = "system";

    private final ParticipantMonthRepository months;
    private final MonthEventRepository trail;
    private final AttendanceDayRepository days;
    private final HoursAdjustmentRepository adjustments;
    private final MonthLockRepository locks;
    private final ParticipantRepository participants;
    private final ParticipantService register;
    private final CompanyService companies;
    private final CompanyProjects companyProjects;
    private final ProjectService projects;
    private final TrainingService training;
    private final MailService mail;
    private final BundleI18NProvider i18n;
    private final CurrentUser currentUser;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final ParticipantSettings settings;
    private final Clock clock;

    SigningService(ParticipantMonthRepository months, MonthEventRepository trail, AttendanceDayRepository days,
                   HoursAdjustmentRepository adjustments, MonthLockRepository locks, ParticipantRepository participants,
                   ParticipantService register, CompanyService companies, CompanyProjects companyProjects,
                   ProjectService projects, TrainingService training, MailService mail, BundleI18NProvider i18n,
                   CurrentUser currentUser, ApplicationEventPublisher events, ParticipantSettings settings, Clock clock,
                   UserService users) {
        this.users = users;
        this.months = months;
        this.trail = trail;
        this.days = days;
        this.adjustments = adjustments;
        this.locks = locks;
        this.participants = participants;
        this.register = register;
        this.companies = companies;
        this.companyProjects = companyProjects;
        this.projects = projects;
        this.training = training;
        this.mail = mail;
        this.i18n = i18n;
        this.currentUser = currentUser;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    // ================================================================ the monthly job (no user)

    /**
     * Process: the daily run. From the first working day of a month on, creates and sends the previous month's
     * requests that do not exist yet, and sends the reminders that are due. Returns the number of e-mails queued.
     */
    public int runDaily() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        if (!today.isBefore(WorkingDays.firstWorkingDay(YearMonth.from(today)))) {
            sent += createMonthlyRequests(YearMonth.from(today).minusMonths(1));
        }
        return sent + sendReminders() + escalate();
    }

    /**
     * Process: a signing request for every participant with hours in the month who has none yet; idempotent.
     * Months already locked for the project are skipped.
     */
    public int createMonthlyRequests(YearMonth month) {
        List<Long> ids = days.participantsWithHoursBetween(month.atDay(1), month.atEndOfMonth());
        int sent = 0;
        for (Participant p : participants.findAllById(ids)) {
            if (months.findByParticipantIdAndLedgerMonth(p.id, month.toString()).isPresent() || isLocked(p.companyId, month)) {
                continue;
            }
            if (send(p, newMonth(p, month), SYSTEM, false)) {
                sent++;
            }
        }
        LOG.info("signing requests for {}: {} sent", month, sent);
        return sent;
    }

    /**
     * Process: one reminder for every link sent {@code reminderAfter} ago and still unanswered; the company's journey
     * notes how many of its participants were reminded of which month ({@link SigningReminded}).
     */
    public int sendReminders() {
        Instant due = clock.instant().minus(settings.reminderAfter());
        List<ParticipantMonth> list = months.findByStatusAndSentAtBeforeAndRemindedAtIsNull(MonthStatus.SENT, due);
        list.forEach(m -> remind(m, SYSTEM));
        perCompanyAndMonth(list).forEach((key, n) -> events.publishEvent(
                new SigningReminded(key.companyId(), YearMonth.parse(key.month()), n, SYSTEM)));
        return list.size();
    }

    /**
     * Process: months sent {@code escalateAfter} ago and still unanswered are told, once per sending, to the coaches
     * of the company's delprojekt: one e-mail per company and month with how many participants have not answered (no
     * names, no personnummer), and the company's journey notes it ({@link SigningOverdue}). Returns the e-mails queued.
     */
    public int escalate() {
        Instant due = clock.instant().minus(settings.escalateAfter());
        List<ParticipantMonth> list = months.findByStatusAndSentAtBeforeAndEscalatedAtIsNull(MonthStatus.SENT, due);
        Instant now = clock.instant();
        for (ParticipantMonth m : list) {
            m.escalatedAt = now;
            event(m, MonthEventType.ESCALATED, SYSTEM, m.hours, null);
        }
        int mails = 0;
        for (Map.Entry<CompanyMonth, Integer> e : perCompanyAndMonth(list).entrySet()) {
            CompanyInfo company = companyProjects.company(e.getKey().companyId());
            YearMonth month = YearMonth.parse(e.getKey().month());
            for (UserAccount coach : users.byRoleInSubprojects(Role.COACH, Set.of(company.subprojectId()))) {
                if (coach.email() == null || coach.email().isBlank()) {
                    continue;
                }
                Locale locale = coach.locale();
                String monthName = month.atDay(1).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
                mail.queue(coach.email(), i18n.getTranslation("participant.mail.overdue.subject", locale, company.name(), monthName),
                        i18n.getTranslation("participant.mail.overdue.body", locale, company.name(), monthName,
                                e.getValue(), settings.escalateAfter().toDays(),
                                settings.baseUrl().replaceAll("/+$", "") + "/signing"));
                mails++;
            }
            events.publishEvent(new SigningOverdue(company.id(), month, e.getValue()));
        }
        LOG.info("signing escalation: {} months unanswered, {} e-mails to coaches", list.size(), mails);
        return mails;
    }

    private record CompanyMonth(long companyId, String month) {
    }

    private static Map<CompanyMonth, Integer> perCompanyAndMonth(List<ParticipantMonth> list) {
        Map<CompanyMonth, Integer> out = new java.util.LinkedHashMap<>();
        list.forEach(m -> out.merge(new CompanyMonth(m.companyId, m.ledgerMonth), 1, Integer::sum));
        return out;
    }

    // ================================================================ the company and the coach

    /**
     * Sends the month now (COMPANY user of the company, or a COACH in scope): a request for every participant of the
     * company with hours in that month whose month is not sent yet (new or reopened). Returns how many were sent.
     */
    public int sendMonth(long companyId, YearMonth month) {
        UserAccount u = requireCompanyOrCoach(companyId);
        if (month.isAfter(YearMonth.now(clock))) {
            throw new UserMessageException("participant.error.send.future");
        }
        if (isLocked(companyId, month)) {
            throw new UserMessageException("participant.error.month.locked");
        }
        int sent = 0;
        for (Participant p : participants.findByCompanyIdOrderByName(companyId)) {
            Optional<ParticipantMonth> existing = months.findByParticipantIdAndLedgerMonth(p.id, month.toString());
            if (existing.isPresent() && existing.get().status != MonthStatus.OPEN) {
                continue;
            }
            if (send(p, existing.orElseGet(() -> newMonth(p, month)), u.username(), existing.isPresent())) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Reopens a sent or signed month before it is locked (COMPANY user or COACH in scope), with the reason: the link
     * stops working, the signature is void, the hours may change and the month must be sent again.
     */
    public void reopen(long monthId, String reason) {
        ParticipantMonth m = accessibleMonth(monthId);
        UserAccount u = requireCompanyOrCoach(m.companyId);
        String why = reason(reason);
        if (m.status != MonthStatus.SENT && m.status != MonthStatus.SIGNED) {
            throw new UserMessageException(m.status == MonthStatus.LOCKED ? "participant.error.month.locked"
                    : "participant.error.reopen.state");
        }
        m.status = MonthStatus.OPEN;
        m.signedHours = null;
        m.answeredAt = null;
        m.voidLink();
        event(m, MonthEventType.REOPENED, u.username(), m.hours, why);
    }

    /**
     * Sends a reopened or disputed month again (COMPANY user or COACH in scope). For a disputed month the reason says
     * what was corrected; it publishes {@link MonthCorrected}.
     */
    public void resend(long monthId, String reason) {
        ParticipantMonth m = accessibleMonth(monthId);
        UserAccount u = requireCompanyOrCoach(m.companyId);
        if (m.status != MonthStatus.OPEN && m.status != MonthStatus.DISPUTED) {
            throw new UserMessageException("participant.error.resend.state");
        }
        boolean disputed = m.status == MonthStatus.DISPUTED;
        if (disputed) {
            event(m, MonthEventType.CORRECTED, u.username(), total(m.participantId, YearMonth.parse(m.ledgerMonth)), reason(reason));
        }
        Participant p = participants.findById(m.participantId).orElseThrow();
        if (!send(p, m, u.username(), true)) {
            throw new UserMessageException("participant.error.resend.noHours");
        }
        if (disputed) {
            events.publishEvent(new MonthCorrected(m.companyId, m.id));
        }
    }

    /** A reminder now (COMPANY user or COACH in scope) for a sent month: a new link, the old one stops working. */
    public void remind(long monthId) {
        ParticipantMonth m = accessibleMonth(monthId);
        UserAccount u = requireCompanyOrCoach(m.companyId);
        if (m.status != MonthStatus.SENT) {
            throw new UserMessageException("participant.error.remind.state");
        }
        remind(m, u.username());
        events.publishEvent(new SigningReminded(m.companyId, YearMonth.parse(m.ledgerMonth), 1, u.username()));
    }

    /**
     * Locks a project's month: it is included in a payment claim (MANAGER of a delprojekt of the project, or ADMIN).
     * Only a month that is over. Every participant-month of it becomes LOCKED; unsigned ones are locked unsigned
     * (they never count). Returns the number of participant-months locked.
     */
    public int lockMonth(long projectId, YearMonth month) {
        UserAccount u = currentUser.requireRole(Role.MANAGER, Role.ADMIN);
        if (!u.is(Role.ADMIN) && projects.subprojectsOf(projectId).stream().map(SubprojectInfo::id).noneMatch(u.subprojectIds()::contains)) {
            throw currentUser.refused(u.username() + " tried to lock a month of project " + projectId);
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new UserMessageException("participant.error.lock.notOver");
        }
        if (locks.existsByProjectIdAndLedgerMonth(projectId, month.toString())) {
            throw new UserMessageException("participant.error.lock.already");
        }
        MonthLock lock = new MonthLock();
        lock.projectId = projectId;
        lock.ledgerMonth = month.toString();
        lock.lockedBy = u.username();
        lock.lockedAt = clock.instant();
        locks.save(lock);
        int n = 0;
        for (ParticipantMonth m : months.findByLedgerMonth(month.toString())) {
            if (companyProjects.projectOf(m.companyId) != projectId) {
                continue;
            }
            m.status = MonthStatus.LOCKED;
            m.lockedAt = clock.instant();
            m.voidLink();
            event(m, MonthEventType.LOCKED, u.username(), m.signedHours, null);
            n++;
        }
        return n;
    }

    /** The months of a project included in payment claims (anyone who works in the project). */
    @Transactional(readOnly = true)
    public List<YearMonth> lockedMonths(long projectId) {
        currentUser.require();
        return locks.findByProjectIdOrderByLedgerMonth(projectId).stream().map(l -> YearMonth.parse(l.ledgerMonth)).toList();
    }

    /**
     * A correction of a locked month (COMPANY user or COACH in scope): whole hours (negative to take away) booked as an
     * adjustment in the current month, referring to the original month and activity; the participant signs it with the
     * current month. The locked month's totals stay as they were claimed.
     */
    public AdjustmentInfo adjust(AdjustmentForm n) {
        Participant p = register.accessible(n.participantId());
        UserAccount u = requireCompanyOrCoach(p.companyId);
        TrainingActivityInfo a = training.activity(n.activityId());
        if (a.companyId() != p.companyId) {
            throw currentUser.refused("activity " + n.activityId() + " is not of the participant's company");
        }
        if (n.originalMonth() == null || !isLocked(p.companyId, n.originalMonth())) {
            throw new UserMessageException("participant.error.adjust.notLocked");
        }
        if (n.hours() == null || n.hours() == 0) {
            throw new UserMessageException("participant.error.adjust.hours");
        }
        if (Math.abs(n.hours()) > 400) {
            throw new UserMessageException("participant.error.adjust.hours");
        }
        String why = reason(n.reason());
        YearMonth current = YearMonth.now(clock);
        Optional<ParticipantMonth> cur = months.findByParticipantIdAndLedgerMonth(p.id, current.toString());
        if (isLocked(p.companyId, current) || cur.filter(m -> m.status != MonthStatus.OPEN && m.status != MonthStatus.DISPUTED).isPresent()) {
            throw new UserMessageException("participant.error.adjust.currentClosed");
        }
        HoursAdjustment h = new HoursAdjustment();
        h.participantId = p.id;
        h.companyId = p.companyId;
        h.activityId = a.id();
        h.ledgerMonth = current.toString();
        h.originalMonth = n.originalMonth().toString();
        h.hours = n.hours();
        h.reason = why;
        h.createdBy = u.username();
        h.createdAt = clock.instant();
        h = adjustments.save(h);
        months.findByParticipantIdAndLedgerMonth(p.id, n.originalMonth().toString())
                .ifPresent(orig -> event(orig, MonthEventType.ADJUSTED, u.username(), n.hours(), why + " → " + current));
        return toInfo(h, a.courseName());
    }

    // ================================================================ lists

    /** The participant-months of a month in the user's scope, optionally of one company, by company and name. */
    @Transactional(readOnly = true)
    public List<ParticipantMonthInfo> months(YearMonth month, Long companyId) {
        currentUser.require();
        Map<Long, CompanyInfo> scope = companies.visible().stream()
                .filter(c -> companyId == null || c.id() == companyId)
                .collect(Collectors.toMap(CompanyInfo::id, c -> c));
        if (companyId != null && scope.isEmpty()) {
            throw currentUser.refused("signing list of company " + companyId);
        }
        if (scope.isEmpty()) {
            return List.of();
        }
        return months.findByCompanyIdInAndLedgerMonth(scope.keySet(), month.toString()).stream()
                .map(m -> toInfo(m, participants.findById(m.participantId).orElseThrow(), scope.get(m.companyId)))
                .sorted(Comparator.comparing(ParticipantMonthInfo::companyName).thenComparing(ParticipantMonthInfo::participantName))
                .toList();
    }

    /**
     * Participants with hours in the month whose month has no request yet (in the user's scope): what the next send
     * will include.
     */
    @Transactional(readOnly = true)
    public List<ParticipantInfo> notYetSent(YearMonth month, Long companyId) {
        currentUser.require();
        Set<Long> scope = companies.visible().stream().filter(c -> companyId == null || c.id() == companyId)
                .map(CompanyInfo::id).collect(Collectors.toSet());
        if (scope.isEmpty()) {
            return List.of();
        }
        Set<Long> withHours = days.findByCompanyIdInAndDayBetween(scope, month.atDay(1), month.atEndOfMonth()).stream()
                .map(d -> d.participantId).collect(Collectors.toSet());
        return participants.findAllById(withHours).stream()
                .filter(p -> months.findByParticipantIdAndLedgerMonth(p.id, month.toString()).isEmpty())
                .map(ParticipantService::toInfo).sorted(Comparator.comparing(ParticipantInfo::name)).toList();
    }

    /** A participant's months, newest first (anyone who may see the company). */
    @Transactional(readOnly = true)
    public List<ParticipantMonthInfo> monthsOf(long participantId) {
        Participant p = register.accessible(participantId);
        CompanyInfo c = companies.get(p.companyId);
        return months.findByParticipantIdOrderByLedgerMonthDesc(participantId).stream().map(m -> toInfo(m, p, c)).toList();
    }

    /** One participant-month (anyone who may see the company). */
    @Transactional(readOnly = true)
    public ParticipantMonthInfo month(long monthId) {
        ParticipantMonth m = accessibleMonth(monthId);
        return toInfo(m, participants.findById(m.participantId).orElseThrow(), companies.get(m.companyId));
    }

    /** The trail of a participant-month (anyone who may see the company). */
    @Transactional(readOnly = true)
    public List<MonthEventInfo> trail(long monthId) {
        accessibleMonth(monthId);
        return trail.findByParticipantMonthIdOrderById(monthId).stream()
                .map(e -> new MonthEventInfo(e.type, e.actor, e.at, e.hours, e.comment)).toList();
    }

    /** A participant's adjustments (anyone who may see the company). */
    @Transactional(readOnly = true)
    public List<AdjustmentInfo> adjustmentsOf(long participantId) {
        register.accessible(participantId);
        return adjustments.findByParticipantIdOrderById(participantId).stream()
                .map(h -> toInfo(h, training.lookup(h.activityId).map(TrainingActivityInfo::courseName).orElse("?"))).toList();
    }

    /** The statement of a participant-month as the participant would see it (anyone who may see the company). */
    @Transactional(readOnly = true)
    public MonthStatement statementOf(long monthId) {
        ParticipantMonth m = accessibleMonth(monthId);
        return statement(m);
    }

    // ================================================================ the participant, without an account

    /** Whether a link can still be answered; opening it changes nothing. */
    @Transactional(readOnly = true)
    public boolean linkValid(String token) {
        return usable(token).isPresent();
    }

    /**
     * The participant's month, once they have typed the e-mail address the link was sent to; empty (and one attempt
     * counted; after {@code maxEmailAttempts} the link is blocked) when it does not match or the link does not work.
     */
    public Optional<MonthStatement> open(String token, String email) {
        Optional<ParticipantMonth> m = usable(token);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        if (!emailMatches(m.get(), email)) {
            return Optional.empty();
        }
        return Optional.of(statement(m.get()));
    }

    /** "Jag intygar att uppgifterna stämmer": the month is signed with its total; the link is used up. */
    public void sign(String token, String email) {
        ParticipantMonth m = answerable(token, email);
        m.status = MonthStatus.SIGNED;
        m.signedHours = total(m.participantId, YearMonth.parse(m.ledgerMonth));
        m.answeredAt = clock.instant();
        m.voidLink();
        event(m, MonthEventType.SIGNED, participantActor(m), m.signedHours, null);
    }

    /** "Något stämmer inte" with a comment: the month goes back to the company; the link is used up. */
    public void dispute(String token, String email, String comment) {
        String c = Texts.maxLength(Texts.required(comment, "participant.error.dispute.comment"), Texts.MAX_COMMENT,
                "participant.error.dispute.length");
        ParticipantMonth m = answerable(token, email);
        m.status = MonthStatus.DISPUTED;
        m.signedHours = null;
        m.disputeComment = c;
        m.answeredAt = clock.instant();
        m.voidLink();
        event(m, MonthEventType.DISPUTED, participantActor(m), m.hours, c);
        events.publishEvent(new MonthDisputed(m.companyId, m.participantId, m.id));
    }

    // ================================================================ helpers

    private ParticipantMonth answerable(String token, String email) {
        ParticipantMonth m = usable(token).orElseThrow(() -> new UserMessageException("participant.sign.invalid"));
        if (!emailMatches(m, email)) {
            throw new UserMessageException("participant.sign.emailMismatch");
        }
        return m;
    }

    private Optional<ParticipantMonth> usable(String token) {
        String hash = se.kompetensresan.shared.LinkTokens.hash(token);
        if (hash == null) {
            return Optional.empty();
        }
        return months.findByTokenHash(hash)
                .filter(m -> m.status == MonthStatus.SENT)
                .filter(m -> m.tokenExpiresAt != null && clock.instant().isBefore(m.tokenExpiresAt));
    }

    private boolean emailMatches(ParticipantMonth m, String email) {
        Participant p = participants.findById(m.participantId).orElseThrow();
        String typed = Texts.clean(email);
        if (typed != null && typed.equalsIgnoreCase(p.email)) {
            m.failedAttempts = 0;
            return true;
        }
        m.failedAttempts++;
        if (m.failedAttempts >= settings.maxEmailAttempts()) {
            m.voidLink();
            event(m, MonthEventType.LINK_BLOCKED, SYSTEM, null, null);
        }
        return false;
    }

    private static String participantActor(ParticipantMonth m) {
        return "participant:" + m.participantId;
    }

    private ParticipantMonth newMonth(Participant p, YearMonth month) {
        ParticipantMonth m = new ParticipantMonth();
        m.participantId = p.id;
        m.companyId = p.companyId;
        m.ledgerMonth = month.toString();
        m.status = MonthStatus.OPEN;
        return m;
    }

    /** Sends (or sends again) the month with a fresh link; false and nothing stored when the month has no hours. */
    private boolean send(Participant p, ParticipantMonth m, String actor, boolean again) {
        YearMonth month = YearMonth.parse(m.ledgerMonth);
        int total = total(p.id, month);
        if (total == 0) {
            return false;
        }
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        m.status = MonthStatus.SENT;
        m.hours = total;
        m.signedHours = null;
        m.disputeComment = again ? m.disputeComment : null;
        m.tokenHash = null; // the link is made when its mail is sent (newSigningLink): no token is ever in the outbox
        m.tokenExpiresAt = now.plus(settings.signingLinkValid());
        m.failedAttempts = 0;
        m.sentAt = now;
        m.remindedAt = null;
        m.escalatedAt = null;
        m.answeredAt = null;
        m = months.save(m);
        event(m, MonthEventType.SENT, actor, total, null);
        mail(p, m, false);
        return true;
    }

    private void remind(ParticipantMonth m, String actor) {
        Participant p = participants.findById(m.participantId).orElseThrow();
        m.tokenHash = null; // earlier links stop working; the reminder's own is made when it is sent
        m.remindedAt = clock.instant();
        m.failedAttempts = 0;
        event(m, MonthEventType.REMINDED, actor, m.hours, null);
        mail(p, m, true);
    }

    /**
     * The outbox, when it sends a signing mail: a fresh link for the month (its hash stored, the token only in the
     * mail as delivered); the previous link of the month stops working. Null when the month no longer waits for
     * the participant (answered, voided or blocked since the mail was queued) the link's token is not stored, so the
     * page says the link no longer works.
     */
    public String newSigningLink(long participantMonthId) {
        String token = se.kompetensresan.shared.LinkTokens.newToken();
        months.findById(participantMonthId).filter(m -> m.status == MonthStatus.SENT && m.tokenExpiresAt != null)
                .ifPresent(m -> {
                    m.tokenHash = se.kompetensresan.shared.LinkTokens.hash(token);
                    months.save(m);
                });
        return settings.baseUrl().replaceAll("/+$", "") + "/sign/" + token;
    }

    private void mail(Participant p, ParticipantMonth m, boolean reminder) {
        Locale locale = "en".equals(p.language) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH;
        String employer = companyProjects.company(p.companyId).name();
        String monthName = YearMonth.parse(m.ledgerMonth).atDay(1)
                .format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        LocalDate expires = m.tokenExpiresAt.atZone(ZoneId.systemDefault()).toLocalDate();
        String kind = reminder ? "reminder" : "request";
        mail.queueWithLink(p.email, i18n.getTranslation("participant.mail." + kind + ".subject", locale, monthName),
                i18n.getTranslation("participant.mail." + kind + ".body", locale, p.name, monthName, employer, m.hours,
                        MailService.LINK, expires), SigningLinks.KIND, m.id);
    }

    /** The month's hours: attendance by date in the month plus the adjustments booked in it. */
    int total(long participantId, YearMonth month) {
        int hours = days.findByParticipantIdAndDayBetweenOrderByDay(participantId, month.atDay(1), month.atEndOfMonth())
                .stream().mapToInt(d -> d.hours).sum();
        return hours + adjustments.findByParticipantIdAndLedgerMonthOrderById(participantId, month.toString()).stream()
                .mapToInt(a -> a.hours).sum();
    }

    private MonthStatement statement(ParticipantMonth m) {
        Participant p = participants.findById(m.participantId).orElseThrow();
        YearMonth month = YearMonth.parse(m.ledgerMonth);
        Map<Long, String> courses = new HashMap<>();
        List<MonthStatement.Day> list = new ArrayList<>();
        for (AttendanceDay d : days.findByParticipantIdAndDayBetweenOrderByDay(p.id, month.atDay(1), month.atEndOfMonth())) {
            list.add(new MonthStatement.Day(course(courses, d.activityId), d.day, d.hours));
        }
        List<MonthStatement.Adjustment> adj = adjustments.findByParticipantIdAndLedgerMonthOrderById(p.id, month.toString())
                .stream().map(a -> new MonthStatement.Adjustment(course(courses, a.activityId),
                        YearMonth.parse(a.originalMonth), a.hours, a.reason)).toList();
        return new MonthStatement(p.name, companyProjects.company(p.companyId).name(), month, list, adj,
                total(p.id, month), m.status, m.tokenExpiresAt, p.language);
    }

    private String course(Map<Long, String> cache, long activityId) {
        return cache.computeIfAbsent(activityId, id -> training.lookup(id).map(TrainingActivityInfo::courseName).orElse("?"));
    }

    private boolean isLocked(long companyId, YearMonth month) {
        return locks.existsByProjectIdAndLedgerMonth(companyProjects.projectOf(companyId), month.toString());
    }

    private ParticipantMonth accessibleMonth(long monthId) {
        ParticipantMonth m = months.findById(monthId).orElseThrow(() -> currentUser.refused("unknown participant month " + monthId));
        companies.requireAccess(m.companyId);
        return m;
    }

    private UserAccount requireCompanyOrCoach(long companyId) {
        UserAccount u = companies.requireAccess(companyId);
        if (!u.is(Role.COMPANY) && !u.is(Role.COACH)) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") tried to change the signing of company " + companyId);
        }
        return u;
    }

    private static String reason(String reason) {
        return Texts.maxLength(Texts.required(reason, "participant.error.reason.required"), Texts.MAX_COMMENT,
                "participant.error.reason.length");
    }

    private void event(ParticipantMonth m, MonthEventType type, String actor, Integer hours, String comment) {
        MonthEvent e = new MonthEvent();
        e.participantMonthId = m.id;
        e.type = type;
        e.actor = actor;
        e.at = clock.instant();
        e.hours = hours;
        e.comment = comment;
        trail.save(e);
    }

    private ParticipantMonthInfo toInfo(ParticipantMonth m, Participant p, CompanyInfo c) {
        return new ParticipantMonthInfo(m.id, p.id, p.name, p.gender, m.companyId, c.name(), YearMonth.parse(m.ledgerMonth),
                m.status, m.hours, m.signedHours, m.sentAt, m.remindedAt, m.answeredAt, m.disputeComment);
    }

    private static AdjustmentInfo toInfo(HoursAdjustment h, String course) {
        return new AdjustmentInfo(h.id, h.participantId, h.activityId, course, YearMonth.parse(h.ledgerMonth),
                YearMonth.parse(h.originalMonth), h.hours, h.reason, h.createdBy, h.createdAt);
    }

    /** Participant-months that count for the co-financing: signed, or locked after being signed. */
    List<ParticipantMonth> counted(Collection<Long> companyIds) {
        return months.findByCompanyIdIn(companyIds).stream().filter(m -> m.signedHours != null
                && (m.status == MonthStatus.SIGNED || m.status == MonthStatus.LOCKED)).toList();
    }
}
