package se.kompetensresan.participant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.PersonalIdentityNumber;
import se.kompetensresan.shared.DateRules;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The participant register. The company (COMPANY user) adds, edits, ends and imports its own participants; coaches,
 * managers and admins read those in their scope. The personnummer is validated by the personnummer library
 * (samordningsnummer too; a 10-digit number gets its century from the library), gender and age band are derived
 * from it, and it is stored only encrypted with a blind index ({@link IdentityCipher}). Skyddad identitet stores no
 * number at all; the gender is entered instead. The full number leaves this module only through
 * {@link #fullNumbers}, which writes the audit log.
 */
@Service
@Transactional
public class ParticipantService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParticipantService.class);

    private final ParticipantRepository participants;
    private final AttendanceDayRepository days;
    private final PersonalNumberAccessRepository accessLog;
    private final IdentityCipher cipher;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PersonalData personalData;
    private final ParticipantErasureRepository erasures;
    private final RegisterExtractWriter extracts;
    private final se.kompetensresan.security.StepUp stepUp;

    ParticipantService(ParticipantRepository participants, AttendanceDayRepository days,
                       PersonalNumberAccessRepository accessLog, IdentityCipher cipher, CompanyService companies,
                       CurrentUser currentUser, Clock clock, PersonalData personalData,
                       ParticipantErasureRepository erasures, RegisterExtractWriter extracts,
                       se.kompetensresan.security.StepUp stepUp) {
        this.stepUp = stepUp;
        this.personalData = personalData;
        this.erasures = erasures;
        this.extracts = extracts;
        this.participants = participants;
        this.days = days;
        this.accessLog = accessLog;
        this.cipher = cipher;
        this.companies = companies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The company's participants (anyone who may see the company), by name. */
    @Transactional(readOnly = true)
    public List<ParticipantInfo> ofCompany(long companyId) {
        companies.requireAccess(companyId);
        return participants.findByCompanyIdOrderByName(companyId).stream().map(ParticipantService::toInfo).toList();
    }

    /** The participants of every company the user may see, filtered (COACH, MANAGER, ADMIN; COMPANY its own). */
    @Transactional(readOnly = true)
    public List<ParticipantInfo> visible(ParticipantFilter f) {
        currentUser.require();
        LocalDate today = LocalDate.now(clock);
        Set<Long> scope = companies.visible().stream()
                .filter(c -> f.subprojectId() == null || c.subprojectId() == f.subprojectId())
                .filter(c -> f.companyId() == null || c.id() == f.companyId())
                .map(CompanyInfo::id).collect(Collectors.toSet());
        if (scope.isEmpty()) {
            return List.of();
        }
        return participants.findByCompanyIdInOrderByName(scope).stream()
                .filter(p -> f.gender() == null || p.gender == f.gender())
                .filter(p -> f.active() == null || f.active() == (p.endDate == null || !today.isAfter(p.endDate)))
                .map(ParticipantService::toInfo).toList();
    }

    /** One participant (anyone who may see the company). */
    @Transactional(readOnly = true)
    public ParticipantInfo get(long participantId) {
        return toInfo(accessible(participantId));
    }

    /** The company's participant with this personnummer, through the blind index (anyone who may see the company). */
    @Transactional(readOnly = true)
    public Optional<ParticipantInfo> findByNumber(long companyId, String personalIdentityNumber) {
        companies.requireAccess(companyId);
        PersonalIdentityNumber pnr = PersonalIdentityNumber.parse(personalIdentityNumber);
        return participants.findByCompanyIdAndNumberIndex(companyId, cipher.index(pnr.twelveDigits()))
                .map(ParticipantService::toInfo);
    }

    // ---------------------------------------------------------------- changing

    /** Adds a participant to the company (COMPANY user of that company). */
    public ParticipantInfo add(long companyId, ParticipantForm n) {
        UserAccount u = requireOwnCompany(companyId);
        Participant p = new Participant();
        p.companyId = companyId;
        p.createdBy = u.username();
        p.createdAt = clock.instant();
        apply(p, n, Set.of());
        return toInfo(participants.save(p));
    }

    /** Changes a participant's details (COMPANY user of the participant's company). */
    public ParticipantInfo update(long participantId, ParticipantForm n) {
        Participant p = accessible(participantId);
        requireOwnCompany(p.companyId);
        apply(p, n, Set.of());
        if (p.endDate != null && p.endDate.isBefore(p.startDate)) {
            throw new UserMessageException("participant.error.start.afterEnd");
        }
        return toInfo(p);
    }

    /**
     * Ends a participation (COMPANY user) on a date with a reason. Hours recorded after that date must go first:
     * the end date never silently drops attendance.
     */
    public ParticipantInfo end(long participantId, LocalDate endDate, EndReason reason) {
        Participant p = accessible(participantId);
        requireOwnCompany(p.companyId);
        if (endDate == null) {
            throw new UserMessageException("participant.error.end.required");
        }
        DateRules.inRange(endDate, "participant.error.end.range");
        if (endDate.isBefore(p.startDate)) {
            throw new UserMessageException("participant.error.end.beforeStart");
        }
        if (reason == null) {
            throw new UserMessageException("participant.error.endReason.required");
        }
        if (days.existsByParticipantIdAndDayAfter(p.id, endDate)) {
            throw new UserMessageException("participant.error.end.hoursAfter");
        }
        p.endDate = endDate;
        p.endReason = reason;
        return toInfo(p);
    }

    /**
     * Imports rows from the HR system's list (COMPANY user): each valid row is added, each bad one is reported with
     * its line and the reason; a number already registered (or twice in the list) is a bad row, never a duplicate.
     */
    public ImportReport importRows(long companyId, List<ImportRow> rows) {
        UserAccount u = requireOwnCompany(companyId);
        List<ImportReport.Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportRow r : rows) {
            try {
                ParticipantForm n = r.toForm(LocalDate.now(clock));
                Participant p = new Participant();
                p.companyId = companyId;
                p.createdBy = u.username();
                p.createdAt = clock.instant();
                apply(p, n, seen);
                if (p.numberIndex != null) {
                    seen.add(p.numberIndex);
                }
                p = participants.save(p);
                lines.add(new ImportReport.Line(r.line(), p.id, p.name, null, new Object[0]));
            } catch (UserMessageException e) {
                lines.add(new ImportReport.Line(r.line(), null, Texts.clean(r.name()), e.messageKey(), e.args()));
            }
        }
        return new ImportReport(lines);
    }

    // ---------------------------------------------------------------- full numbers (audited)

    /**
     * The full personnummer of the given participants, for the funder's export only (MANAGER or ADMIN, every
     * participant in the user's scope). Every call is written to the audit log: who, when, why, which participants.
     * Participants with skyddad identitet are absent from the answer.
     */
    public Map<Long, String> fullNumbers(Collection<Long> participantIds, String purpose) {
        UserAccount u = currentUser.requireRole(Role.MANAGER, Role.ADMIN);
        String why = Texts.maxLength(Texts.required(purpose, "participant.error.purpose.required"), 200,
                "participant.error.purpose.length");
        List<Participant> list = inScope(u, participantIds);
        PersonalNumberAccess log = new PersonalNumberAccess();
        log.actor = u.username();
        log.at = clock.instant();
        log.purpose = why;
        log.participantIds = list.stream().map(p -> String.valueOf(p.id)).collect(Collectors.joining(","));
        accessLog.save(log);
        Map<Long, String> numbers = new LinkedHashMap<>();
        for (Participant p : list) {
            if (p.numberCipher != null) {
                numbers.put(p.id, new PersonalIdentityNumber(cipher.decrypt(p.numberCipher)).formatted());
            }
        }
        return numbers;
    }

    /**
     * Records that the participants were sent to the funder in a file without their personnummer (SCB's monthly
     * file, the Närvarorapport): who, when, which file and which participants, in the same audit log as the
     * Deltagarförteckning (kind REPORT). A participant so reported is part of a report, and erasure on request is
     * refused. MANAGER or ADMIN, every participant in the user's scope (checked once per company).
     */
    public void recordReported(Collection<Long> participantIds, String purpose) {
        UserAccount u = currentUser.requireRole(Role.MANAGER, Role.ADMIN);
        String why = Texts.maxLength(Texts.required(purpose, "participant.error.purpose.required"), 200,
                "participant.error.purpose.length");
        if (participantIds.isEmpty()) {
            return;
        }
        List<Participant> list = inScope(u, participantIds);
        PersonalNumberAccess log = new PersonalNumberAccess();
        log.actor = u.username();
        log.at = clock.instant();
        log.purpose = why;
        log.kind = PersonalNumberAccess.REPORT;
        log.participantIds = list.stream().map(p -> String.valueOf(p.id)).collect(Collectors.joining(","));
        accessLog.save(log);
    }

    // ---------------------------------------------------------------- GDPR: erasure and register extract

    /**
     * Why the participant may not be erased on request, as a message key (empty when they may): part of a report
     * already (a month locked in a payment claim, or their personnummer in a Deltagarförteckning for the funder),
     * a month disputed and waiting for the company's correction, or anonymised already. MANAGER of the
     * participant's delprojekt or ADMIN.
     */
    @Transactional(readOnly = true)
    public Optional<String> erasureRefusal(long participantId) {
        currentUser.requireRole(Role.MANAGER, Role.ADMIN);
        return personalData.erasureRefusal(accessible(participantId));
    }

    /**
     * Erases a participant on request (GDPR art. 17; MANAGER of the participant's delprojekt or ADMIN, after a
     * step-up: {@link se.kompetensresan.security.StepUp}), only while
     * they are not part of a report ({@link #erasureRefusal}; otherwise a {@link UserMessageException} saying why).
     * Every row of the person in this module is deleted (none of it is in a report); an erasure record keeps who
     * erased which participant id and why, nothing about the person.
     */
    public void erase(long participantId, String reason) {
        UserAccount u = currentUser.requireRole(Role.MANAGER, Role.ADMIN);
        Participant p = accessible(participantId);
        String why = Texts.maxLength(Texts.required(reason, "participant.error.erase.reason.required"), Texts.MAX_COMMENT,
                "participant.error.erase.reason.length");
        Optional<String> refusal = personalData.erasureRefusal(p);
        if (refusal.isPresent()) {
            throw new UserMessageException(refusal.get());
        }
        stepUp.require("erasing participant " + p.id);
        ParticipantErasure e = new ParticipantErasure();
        e.participantId = p.id;
        e.companyId = p.companyId;
        e.erasedBy = u.username();
        e.erasedAt = clock.instant();
        e.reason = why;
        int rows = personalData.delete(p);
        erasures.save(e);
        LOG.info("participant {} of company {} erased on request by user {} ({} rows)", e.participantId, e.companyId,
                u.id(), rows);
    }

    /**
     * The register extract (GDPR art. 15; after a step-up, {@link se.kompetensresan.security.StepUp}) of one
     * participant as a text file: everything the module holds about
     * them, with the full personnummer, which is written to the access log like {@link #fullNumbers} (kind
     * EXTRACT: an extract does not make the person part of a report). MANAGER of the participant's delprojekt or
     * ADMIN: the project office, as the data controller's side, answers such requests.
     */
    public RegisterExtract extract(long participantId) {
        UserAccount u = currentUser.requireRole(Role.MANAGER, Role.ADMIN);
        Participant p = accessible(participantId);
        stepUp.require("the register extract of participant " + p.id);
        PersonalNumberAccess log = new PersonalNumberAccess();
        log.actor = u.username();
        log.at = clock.instant();
        log.purpose = EXTRACT_PURPOSE;
        log.participantIds = String.valueOf(p.id);
        log.kind = PersonalNumberAccess.EXTRACT;
        accessLog.save(log); // before writing: the extract lists this entry too
        String number = p.numberCipher == null ? null
                : new PersonalIdentityNumber(cipher.decrypt(p.numberCipher)).formatted();
        return new RegisterExtract(extracts.fileName(p), extracts.write(p, number, u.username()));
    }

    static final String EXTRACT_PURPOSE = "Registerutdrag (art. 15 GDPR)";

    /** The audit log of full-number reads (ADMIN), newest first. */
    @Transactional(readOnly = true)
    public List<PersonalNumberAccessInfo> accessLog() {
        currentUser.requireRole(Role.ADMIN);
        return accessLog.findAllByOrderByIdDesc().stream()
                .map(a -> new PersonalNumberAccessInfo(a.id, a.actor, a.at, a.purpose, a.participantIds)).toList();
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The participants, each in the user's scope, in one query and one query for their companies' access (an export of
     * 50 000 participants does not look them up one by one); refused like {@link #accessible} for any unknown id.
     */
    private List<Participant> inScope(UserAccount u, Collection<Long> participantIds) {
        List<Participant> list = participants.findAllById(participantIds);
        if (list.size() != new HashSet<>(participantIds).size()) {
            throw currentUser.refused(u.username() + " asked for unknown participants");
        }
        companies.requireAccessAll(list.stream().map(p -> p.companyId).collect(Collectors.toSet()));
        return list;
    }

    Participant accessible(long participantId) {
        Participant p = participants.findById(participantId)
                .orElseThrow(() -> currentUser.refused("unknown participant " + participantId));
        companies.requireAccess(p.companyId);
        return p;
    }

    private UserAccount requireOwnCompany(long companyId) {
        UserAccount u = companies.requireAccess(companyId);
        if (!u.is(Role.COMPANY)) {
            throw currentUser.refused(u.username() + " (" + u.role() + ") tried to change participants of company " + companyId);
        }
        return u;
    }

    private void apply(Participant p, ParticipantForm n, Set<String> alsoTaken) {
        String name = Texts.maxLength(Texts.required(n.name(), "participant.error.name.required"), Texts.MAX_NAME,
                "participant.error.name.length");
        String email = Texts.email(n.email());
        if (n.startDate() == null) {
            throw new UserMessageException("participant.error.start.required");
        }
        DateRules.inRange(n.startDate(), "participant.error.start.range");
        String language = "en".equals(n.language()) ? "en" : "sv";
        if (n.protectedIdentity()) {
            if (Texts.clean(n.personalIdentityNumber()) != null) {
                throw new UserMessageException("participant.error.pnr.protected");
            }
            if (n.gender() == null) {
                throw new UserMessageException("participant.error.gender.required");
            }
            p.numberCipher = null;
            p.numberIndex = null;
            p.birthYear = null;
            p.ageBand = null;
            p.gender = n.gender();
        } else {
            String typed = Texts.clean(n.personalIdentityNumber());
            if (typed == null && p.numberCipher != null) {
                typed = cipher.decrypt(p.numberCipher); // editing without retyping keeps the stored number
            }
            if (typed == null) {
                throw new UserMessageException("participant.error.pnr.required");
            }
            PersonalIdentityNumber pnr;
            try {
                pnr = PersonalIdentityNumber.parse(typed);
            } catch (UserMessageException e) {
                throw new UserMessageException("participant.error.pnr.invalid");
            }
            String index = cipher.index(pnr.twelveDigits());
            Optional<Participant> other = participants.findByCompanyIdAndNumberIndex(p.companyId, index);
            if ((other.isPresent() && !other.get().id.equals(p.id)) || alsoTaken.contains(index)) {
                throw new UserMessageException("participant.error.pnr.duplicate");
            }
            p.numberCipher = cipher.encrypt(pnr.twelveDigits());
            p.numberIndex = index;
            p.gender = pnr.gender();
            p.birthYear = Integer.parseInt(pnr.twelveDigits().substring(0, 4));
            p.ageBand = AgeBand.at(birthDate(pnr.twelveDigits()), n.startDate());
        }
        p.protectedIdentity = n.protectedIdentity();
        p.name = name;
        p.email = email;
        p.language = language;
        p.startDate = n.startDate();
    }

    /** The birth date of a 12-digit number; a samordningsnummer has 60 added to the day. */
    static LocalDate birthDate(String twelveDigits) {
        int year = Integer.parseInt(twelveDigits.substring(0, 4));
        int month = Integer.parseInt(twelveDigits.substring(4, 6));
        int day = Integer.parseInt(twelveDigits.substring(6, 8));
        if (day > 60) {
            day -= 60;
        }
        if (day == 0) { // samordningsnummer may carry an unknown day
            day = 1;
        }
        return LocalDate.of(year, month, day);
    }

    static ParticipantInfo toInfo(Participant p) {
        return new ParticipantInfo(p.id, p.companyId, p.name, p.email, p.language, p.protectedIdentity, p.gender,
                p.birthYear, p.ageBand, p.startDate, p.endDate, p.endReason);
    }

}
