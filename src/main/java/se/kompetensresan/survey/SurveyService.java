package se.kompetensresan.survey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Surveys (kartläggning and uppföljning). CONTRACT for the journey module and the views.
 * Methods marked "Process:" run without a signed-in user (called by BPMN delegates); all others check the
 * current user's tenant scope and refuse with AccessRefusedException. Answers are autosaved one change at a
 * time; every change returns the response's new version, and the variants taking an expected version
 * refuse with {@link SurveyConflictException} when the response changed in between.
 */
@Service
@Transactional
public class SurveyService {

    /** The questionnaire every new response answers (until questionnaires become versioned entities). */
    public static final String QUESTIONNAIRE_VERSION = "KI-2026-1";
    /** Free-text question: recruitment needs in the coming years. */
    public static final String TEXT_RECRUITMENT_NEEDS = "recruitmentNeeds";
    /** Free-text question: the roles hardest to recruit or replace. */
    public static final String TEXT_HARDEST_ROLES = "hardestRoles";
    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;

    private final SurveyResponseRepository responses;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Geography geography;

    SurveyService(SurveyResponseRepository responses, CompanyService companies, CurrentUser currentUser,
                  ApplicationEventPublisher events, Clock clock, Geography geography) {
        this.geography = geography;
        this.responses = responses;
        this.companies = companies;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Process: opens (or returns the already open) response of the company for the round; returns its id. */
    public long open(long companyId, SurveyRound round) {
        Objects.requireNonNull(round, "round");
        return responses.findByCompanyIdAndRound(companyId, round).map(r -> r.id).orElseGet(() -> {
            if (companies.lookup(companyId).isEmpty()) {
                throw new IllegalArgumentException("unknown company " + companyId);
            }
            return responses.saveAndFlush(
                    SurveyResponse.draft(companyId, round, QUESTIONNAIRE_VERSION, clock.instant())).id;
        });
    }

    /**
     * Tenant-checked: the response as a form (the company's own users; coaches and managers of its delprojekt;
     * admins).
     */
    @Transactional(readOnly = true)
    public SurveyForm load(long responseId) {
        SurveyResponse r = responses.findById(responseId)
                .orElseThrow(() -> currentUser.refused("unknown survey response " + responseId));
        CompanyInfo company = companies.get(r.companyId);
        UserAccount u = currentUser.require();
        boolean editable = r.status == SurveyStatus.DRAFT && isCompanyUserOf(u, r);
        List<SurveyForm.AreaAnswer> answers = CompetenceAreas.ALL.stream().map(code -> r.answer(code)
                        .map(a -> new SurveyForm.AreaAnswer(code, a.currentLevel, a.requiredLevel, a.employeesConcerned))
                        .orElse(new SurveyForm.AreaAnswer(code, null, null, null)))
                .toList();
        return new SurveyForm(r.id, r.companyId, company.name(), r.round, r.status, r.version,
                r.questionnaireVersion, answers, r.recruitmentNeeds, r.hardestRoles, r.submittedAt, r.submittedBy,
                editable);
    }

    /**
     * Autosaves one area's answer (null = not answered); only the company's own users, only while a draft.
     * Returns the response's new version.
     */
    public long saveAnswer(long responseId, String areaCode, Integer currentLevel, Integer requiredLevel,
                           Integer employeesConcerned) {
        return saveAnswer(responseId, null, areaCode, currentLevel, requiredLevel, employeesConcerned);
    }

    /** Like {@link #saveAnswer(long, String, Integer, Integer, Integer)}, refusing when the version moved on. */
    public long saveAnswer(long responseId, Long expectedVersion, String areaCode, Integer currentLevel,
                           Integer requiredLevel, Integer employeesConcerned) {
        if (areaCode == null || !CompetenceAreas.ALL.contains(areaCode)) {
            throw new UserMessageException("survey.error.area", String.valueOf(areaCode));
        }
        checkLevel(currentLevel);
        checkLevel(requiredLevel);
        if (employeesConcerned != null && employeesConcerned < 0) {
            throw new UserMessageException("survey.error.employees");
        }
        return change(responseId, expectedVersion, r -> {
            SurveyAnswer a = r.answerOrNew(areaCode);
            a.currentLevel = currentLevel;
            a.requiredLevel = requiredLevel;
            a.employeesConcerned = employeesConcerned;
        });
    }

    /**
     * Autosaves one free-text question ({@link #TEXT_RECRUITMENT_NEEDS} or {@link #TEXT_HARDEST_ROLES}, at most
     * {@link #MAX_TEXT_LENGTH} characters; blank clears it). Returns the response's new version.
     */
    public long saveText(long responseId, String field, String text) {
        return saveText(responseId, null, field, text);
    }

    /** Like {@link #saveText(long, String, String)}, refusing when the version moved on. */
    public long saveText(long responseId, Long expectedVersion, String field, String text) {
        if (!TEXT_RECRUITMENT_NEEDS.equals(field) && !TEXT_HARDEST_ROLES.equals(field)) {
            throw new UserMessageException("survey.error.text.field", String.valueOf(field));
        }
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw new UserMessageException("survey.error.text.tooLong", MAX_TEXT_LENGTH);
        }
        return change(responseId, expectedVersion, r -> {
            if (TEXT_RECRUITMENT_NEEDS.equals(field)) {
                r.recruitmentNeeds = value;
            } else {
                r.hardestRoles = value;
            }
        });
    }

    /**
     * Submits the draft (the company's own users): every area needs both levels. Publishes
     * {@link SurveySubmitted} synchronously inside this transaction.
     */
    public void submit(long responseId) {
        submit(responseId, null);
    }

    /** Like {@link #submit(long)}, refusing when the version moved on since the user saw the answers. */
    public void submit(long responseId, Long expectedVersion) {
        SurveyResponse r = editableResponse(responseId, expectedVersion);
        long missing = CompetenceAreas.ALL.stream()
                .filter(code -> r.answer(code).map(a -> !a.complete()).orElse(true)).count();
        if (missing > 0) {
            throw new UserMessageException("survey.error.incomplete", missing);
        }
        r.status = SurveyStatus.SUBMITTED;
        r.submittedAt = clock.instant();
        r.submittedBy = currentUser.require().username();
        r.touch(clock.instant());
        flush();
        events.publishEvent(new SurveySubmitted(r.id, r.companyId, r.round));
    }

    /** Process: the scores of a submitted response. */
    @Transactional(readOnly = true)
    public SurveyScore score(long responseId) {
        SurveyResponse r = responses.findById(responseId)
                .orElseThrow(() -> new NoSuchElementException("unknown survey response " + responseId));
        if (r.status != SurveyStatus.SUBMITTED) {
            throw new IllegalStateException("survey response " + responseId + " is not submitted");
        }
        return toScore(r);
    }

    /** Tenant-checked: the scores of the company's submitted response of the round, if any. */
    @Transactional(readOnly = true)
    public Optional<SurveyScore> scoreFor(long companyId, SurveyRound round) {
        companies.requireAccess(companyId);
        return submitted(companyId, round).map(SurveyService::toScore);
    }

    /** Tenant-checked: before/after per area of the company (first round vs follow-up), submitted rounds only. */
    @Transactional(readOnly = true)
    public List<AreaComparison> compare(long companyId) {
        companies.requireAccess(companyId);
        Optional<SurveyResponse> before = submitted(companyId, SurveyRound.FIRST);
        Optional<SurveyResponse> after = submitted(companyId, SurveyRound.FOLLOW_UP);
        return CompetenceAreas.ALL.stream().map(code -> {
            Optional<SurveyAnswer> b = before.flatMap(r -> r.answer(code));
            Optional<SurveyAnswer> a = after.flatMap(r -> r.answer(code));
            return new AreaComparison(code,
                    b.map(x -> x.currentLevel).orElse(null), a.map(x -> x.currentLevel).orElse(null),
                    b.map(x -> x.requiredLevel).orElse(null), a.map(x -> x.requiredLevel).orElse(null));
        }).toList();
    }

    /**
     * Tenant-checked: the gaps of the company's submitted kartläggning (first round) in priority order (gap desc,
     * then employees concerned desc); empty while it is not submitted.
     */
    @Transactional(readOnly = true)
    public Optional<PrioritisedGaps> prioritisedGaps(long companyId) {
        companies.requireAccess(companyId);
        return submitted(companyId, SurveyRound.FIRST).map(SurveyService::toScore).map(PrioritisedGaps::of);
    }

    /**
     * Tenant-scoped (coaches, managers, admins; refuses company users): the heat map of the gaps of the submitted
     * kartläggningar of the companies the user may see, optionally only of one delprojekt (refused when the user
     * does not work in it) and/or of one county (län, by the company's municipality).
     */
    @Transactional(readOnly = true)
    public HeatMap heatMap(Optional<Long> subprojectId, Optional<String> countyCode) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        subprojectId.ifPresent(id -> {
            if (!u.canSeeSubproject(id)) {
                throw currentUser.refused(u.username() + " (" + u.role() + ") tried to see the heat map of delprojekt " + id);
            }
        });
        List<CompanyInfo> shown = companies.visible().stream()
                .filter(c -> u.canSee(c.id(), c.subprojectId()))
                .filter(c -> subprojectId.map(id -> id == c.subprojectId()).orElse(true))
                .filter(c -> countyCode.map(cc -> cc.equals(countyOf(c.municipalityCode()))).orElse(true))
                .sorted(Comparator.comparing(CompanyInfo::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Map<Long, SurveyResponse> firstRounds = shown.isEmpty() ? Map.of()
                : responses.findByCompanyIdInAndRoundAndStatus(shown.stream().map(CompanyInfo::id).toList(),
                        SurveyRound.FIRST, SurveyStatus.SUBMITTED).stream()
                .collect(Collectors.toMap(r -> r.companyId, Function.identity(), (a, b) -> a));
        List<HeatMap.Row> rows = new ArrayList<>();
        for (CompanyInfo c : shown) {
            SurveyResponse r = firstRounds.get(c.id());
            Map<String, Integer> gaps = new LinkedHashMap<>();
            Map<String, Integer> employees = new LinkedHashMap<>();
            if (r != null) {
                for (String code : CompetenceAreas.ALL) {
                    r.answer(code).filter(SurveyAnswer::complete).ifPresent(a -> {
                        gaps.put(code, a.requiredLevel - a.currentLevel);
                        employees.put(code, a.employeesConcerned == null ? 0 : a.employeesConcerned);
                    });
                }
            }
            rows.add(new HeatMap.Row(c.id(), c.name(), c.subprojectId(), c.municipalityCode(), r != null, gaps,
                    employees));
        }
        List<HeatMap.AreaTotal> totals = CompetenceAreas.ALL.stream().map(code -> {
            int need = 0;
            int employees = 0;
            int sum = 0;
            for (HeatMap.Row row : rows) {
                Integer gap = row.gapOf(code);
                if (gap != null && gap > 0) {
                    sum += gap;
                    employees += row.employeesConcerned().getOrDefault(code, 0);
                    if (gap >= HeatMap.NEED_THRESHOLD) {
                        need++;
                    }
                }
            }
            return new HeatMap.AreaTotal(code, need, employees, sum);
        }).toList();
        return new HeatMap(CompetenceAreas.ALL, rows, totals);
    }

    /** The county (län) code of a municipality code, null when unknown. */
    private String countyOf(String municipalityCode) {
        return municipalityCode == null ? null
                : geography.municipality(municipalityCode).map(Geography.Municipality::countyCode).orElse(null);
    }

    /** Tenant-checked: the id of the company's response of the round (draft or submitted), if opened. */
    @Transactional(readOnly = true)
    public Optional<Long> responseIdFor(long companyId, SurveyRound round) {
        companies.requireAccess(companyId);
        return responses.findByCompanyIdAndRound(companyId, round).map(r -> r.id);
    }

    // ---------------------------------------------------------------------------------------------

    private long change(long responseId, Long expectedVersion, Consumer<SurveyResponse> change) {
        SurveyResponse r = editableResponse(responseId, expectedVersion);
        change.accept(r);
        r.touch(clock.instant());
        flush();
        return r.version;
    }

    /** The response, if the current user is one of its company's users, it is a draft and still at the version. */
    private SurveyResponse editableResponse(long responseId, Long expectedVersion) {
        UserAccount u = currentUser.requireRole(Role.COMPANY);
        SurveyResponse r = responses.findById(responseId)
                .orElseThrow(() -> currentUser.refused("unknown survey response " + responseId));
        if (!isCompanyUserOf(u, r)) {
            throw currentUser.refused(u.username() + " tried to change survey response " + responseId
                    + " of company " + r.companyId);
        }
        if (r.status != SurveyStatus.DRAFT) {
            throw new UserMessageException("survey.error.submitted");
        }
        if (expectedVersion != null && expectedVersion != r.version) {
            throw new SurveyConflictException();
        }
        return r;
    }

    /** Writes now, so that a concurrent change surfaces here as a conflict and the new version is known. */
    private void flush() {
        try {
            responses.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new SurveyConflictException();
        }
    }

    private Optional<SurveyResponse> submitted(long companyId, SurveyRound round) {
        return responses.findByCompanyIdAndRound(companyId, round).filter(r -> r.status == SurveyStatus.SUBMITTED);
    }

    private static boolean isCompanyUserOf(UserAccount u, SurveyResponse r) {
        return u.is(Role.COMPANY) && u.companyId() != null && u.companyId().longValue() == r.companyId.longValue();
    }

    private static void checkLevel(Integer level) {
        if (level != null && (level < MIN_LEVEL || level > MAX_LEVEL)) {
            throw new UserMessageException("survey.error.level", MIN_LEVEL, MAX_LEVEL);
        }
    }

    private static SurveyScore toScore(SurveyResponse r) {
        List<AreaGap> gaps = r.answers.stream().filter(SurveyAnswer::complete)
                .map(a -> new AreaGap(a.areaCode, a.currentLevel, a.requiredLevel,
                        a.employeesConcerned == null ? 0 : a.employeesConcerned))
                .toList();
        return SurveyScore.of(r.id, r.companyId, gaps);
    }
}
