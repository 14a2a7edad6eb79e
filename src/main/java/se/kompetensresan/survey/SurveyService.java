package se.kompetensresan.survey;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanySettings;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 4;
    public static final int MAX_EMPLOYEES = 100_000;

    private final SurveyResponseRepository responses;
    private final QuestionnaireService questionnaires;
    private final CompanyService companies;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Geography geography;
    private final UserService users;
    private final MailService mail;
    private final BundleI18NProvider i18n;
    private final CompanySettings companySettings;

    SurveyService(SurveyResponseRepository responses, QuestionnaireService questionnaires, CompanyService companies,
                  ProjectService projects, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                  Geography geography, UserService users, MailService mail, BundleI18NProvider i18n,
                  CompanySettings companySettings) {
        this.users = users;
        this.mail = mail;
        this.i18n = i18n;
        this.companySettings = companySettings;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.companies = companies;
        this.projects = projects;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.geography = geography;
    }

    /**
     * Process: opens (or returns the already open) response of the company for the round; returns its id. The
     * first round answers the newest questionnaire version published for the company's project; the follow-up
     * answers the same version as the company's first round.
     */
    public long open(long companyId, SurveyRound round) {
        return open(companyId, round, null);
    }

    /**
     * Process: opens (or returns the already open) response of the journey for the round: each journey of a
     * company has its own responses, so a company that withdrew or finished can go on a new journey. Without a
     * journey id: the company's latest response of the round (or a new one).
     */
    public long open(long companyId, SurveyRound round, Long journeyId) {
        Objects.requireNonNull(round, "round");
        Optional<SurveyResponse> existing = journeyId == null
                ? responses.findFirstByCompanyIdAndRoundOrderByIdDesc(companyId, round)
                : responses.findByJourneyIdAndRound(journeyId, round);
        return existing.map(r -> r.id).orElseGet(() -> {
            CompanyInfo company = companies.lookup(companyId)
                    .orElseThrow(() -> new IllegalArgumentException("unknown company " + companyId));
            QuestionnaireInfo q = null;
            if (round == SurveyRound.FOLLOW_UP) {
                q = (journeyId == null ? responses.findFirstByCompanyIdAndRoundOrderByIdDesc(companyId, SurveyRound.FIRST)
                        : responses.findByJourneyIdAndRound(journeyId, SurveyRound.FIRST))
                        .map(first -> questionnaires.version(questionnaireIdOf(first))).orElse(null);
            }
            if (q == null) {
                Long projectId = projects.subproject(company.subprojectId()).map(SubprojectInfo::projectId).orElse(null);
                q = questionnaires.publishedFor(projectId);
            }
            SurveyResponse draft = SurveyResponse.draft(companyId, round, q.id(), q.version(), clock.instant());
            draft.journeyId = journeyId;
            return responses.saveAndFlush(draft).id;
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
        QuestionnaireInfo q = questionnaires.version(questionnaireIdOf(r));
        Optional<UserAccount> contact = companies.contactUser(r.companyId);
        boolean isContact = isCompanyUserOf(u, r) && contact.map(c -> c.id() == u.id()).orElse(false);
        Map<String, Long> owners = r.owners();
        Set<String> editable = new HashSet<>();
        if (r.status == SurveyStatus.DRAFT && isCompanyUserOf(u, r)) {
            for (Section s : q.definition().sections()) {
                if (isContact || Long.valueOf(u.id()).equals(owners.get(s.key()))) {
                    editable.add(s.key());
                }
            }
        }
        Map<String, SurveyForm.SectionOwner> named = new HashMap<>();
        owners.forEach((section, userId) -> users.account(userId)
                .ifPresent(a -> named.put(section, new SurveyForm.SectionOwner(a.id(), a.name()))));
        return new SurveyForm(r.id, r.companyId, company.name(), r.round, r.status, r.version, q.id(), q.label(),
                q.definition(), r.answers(), r.submittedAt, r.submittedBy, !editable.isEmpty(), isContact, editable,
                named, contact.map(UserAccount::id).orElse(0L), contact.map(UserAccount::name).orElse(company.contactName() == null ? "" : company.contactName()));
    }

    /**
     * Autosaves one area's answer of the competence matrix (null = not answered), keeping its priority; only the
     * company's own users, only while a draft. Returns the response's new version.
     */
    public long saveAnswer(long responseId, String areaCode, Integer currentLevel, Integer requiredLevel,
                           Integer employeesConcerned) {
        return saveAnswer(responseId, null, areaCode, currentLevel, requiredLevel, employeesConcerned);
    }

    /** Like {@link #saveAnswer(long, String, Integer, Integer, Integer)}, refusing when the version moved on. */
    public long saveAnswer(long responseId, Long expectedVersion, String areaCode, Integer currentLevel,
                           Integer requiredLevel, Integer employeesConcerned) {
        SurveyResponse r = editableResponse(responseId);
        QuestionnaireDefinition d = definitionOf(r);
        Question matrix = d.matrix().orElseThrow(() -> new UserMessageException("survey.error.area", areaCode));
        requireSection(r, d, matrix.key(), expectedVersion);
        Priority priority = r.answers().row(matrix.key(), areaCode).priority();
        return saveMatrixRow(r, d, matrix.key(), areaCode, null,
                new MatrixRow(currentLevel, requiredLevel, priority, employeesConcerned));
    }

    /** Autosaves one row of a competence-matrix question. Returns the response's new version. */
    public long saveMatrixRow(long responseId, Long expectedVersion, String questionKey, String areaCode,
                              MatrixRow row) {
        return saveMatrixRow(responseId, expectedVersion, questionKey, areaCode, null, row);
    }

    /**
     * Autosaves one row of a competence-matrix question for one role group of the questionnaire (null: for the
     * whole company). Returns the response's new version.
     */
    public long saveMatrixRow(long responseId, Long expectedVersion, String questionKey, String areaCode,
                              String groupKey, MatrixRow row) {
        SurveyResponse r = editableResponse(responseId);
        QuestionnaireDefinition d = definitionOf(r);
        requireSection(r, d, questionKey, expectedVersion);
        return saveMatrixRow(r, d, questionKey, areaCode, groupKey, row);
    }

    /**
     * Autosaves how the competence matrix is answered: per role group of the questionnaire, or for the whole
     * company. The answers of the other way are kept (switching back shows them again) but only the chosen way
     * counts. Refused when the questionnaire has no role groups.
     */
    public long saveMatrixPerGroup(long responseId, Long expectedVersion, String questionKey, boolean perGroup) {
        SurveyResponse r = editableResponse(responseId);
        QuestionnaireDefinition d = definitionOf(r);
        requireSection(r, d, questionKey, expectedVersion);
        shownQuestion(d, r, questionKey, QuestionType.COMPETENCE_MATRIX);
        if (d.roleGroups().isEmpty()) {
            throw new UserMessageException("survey.error.group", "");
        }
        return change(r, d, questionKey, x -> x.set(questionKey, "", "", perGroup ? SurveyAnswers.PER_GROUP : null));
    }

    /**
     * Autosaves whether the company has people in a role group: a group marked absent ("finns inte hos oss") needs
     * no answers and counts in no total; its answers are kept should it be marked present again.
     */
    public long saveGroupAbsent(long responseId, Long expectedVersion, String questionKey, String groupKey,
                                boolean absent) {
        SurveyResponse r = editableResponse(responseId);
        QuestionnaireDefinition d = definitionOf(r);
        requireSection(r, d, questionKey, expectedVersion);
        shownQuestion(d, r, questionKey, QuestionType.COMPETENCE_MATRIX);
        if (groupKey == null || d.roleGroup(groupKey).isEmpty()) {
            throw new UserMessageException("survey.error.group", String.valueOf(groupKey));
        }
        return change(r, d, questionKey, x -> x.set(questionKey, SurveyAnswers.groupOnly(groupKey),
                SurveyAnswers.ABSENT, absent ? "true" : null));
    }

    private long saveMatrixRow(SurveyResponse r, QuestionnaireDefinition d, String questionKey, String areaCode,
                               String groupKey, MatrixRow row) {
        Question q = shownQuestion(d, r, questionKey, QuestionType.COMPETENCE_MATRIX);
        if (areaCode == null || !q.hasArea(areaCode)) {
            throw new UserMessageException("survey.error.area", String.valueOf(areaCode));
        }
        if (groupKey != null && d.roleGroup(groupKey).isEmpty()) {
            throw new UserMessageException("survey.error.group", groupKey);
        }
        String rowCode = groupKey == null ? areaCode : SurveyAnswers.groupRow(areaCode, groupKey);
        MatrixRow v = row == null ? MatrixRow.EMPTY : row;
        checkLevel(v.currentLevel());
        checkLevel(v.requiredLevel());
        if (v.employeesConcerned() != null && (v.employeesConcerned() < 0 || v.employeesConcerned() > MAX_EMPLOYEES)) {
            throw new UserMessageException("survey.error.employees", MAX_EMPLOYEES);
        }
        return change(r, d, questionKey, x -> {
            x.set(questionKey, rowCode, SurveyAnswers.CURRENT, str(v.currentLevel()));
            x.set(questionKey, rowCode, SurveyAnswers.REQUIRED, str(v.requiredLevel()));
            x.set(questionKey, rowCode, SurveyAnswers.PRIORITY, v.priority() == null ? null : v.priority().name());
            x.set(questionKey, rowCode, SurveyAnswers.EMPLOYEES, str(v.employeesConcerned()));
        });
    }

    /**
     * Autosaves the answer of a single-choice (option key), scale or number (an integer in the question's range)
     * or free-text question (at most its max length; blank clears). Null clears the answer. Answers that hide
     * later questions clear those questions' answers. Returns the response's new version.
     */
    public long saveValue(long responseId, Long expectedVersion, String questionKey, String value) {
        SurveyResponse r = editableResponse(responseId);
        QuestionnaireDefinition d = definitionOf(r);
        Question q = shownQuestion(d, r, questionKey, null);
        requireSection(r, d, questionKey, expectedVersion);
        String stored = normalise(q, value);
        return change(r, d, questionKey, x -> x.set(questionKey, "", "", stored));
    }

    /** Autosaves the chosen options of a multiple-choice question (empty clears). */
    public long saveChoices(long responseId, Long expectedVersion, String questionKey, Collection<String> optionKeys) {
        SurveyResponse r = editableResponse(responseId);
        QuestionnaireDefinition d = definitionOf(r);
        Question q = shownQuestion(d, r, questionKey, QuestionType.MULTIPLE_CHOICE);
        requireSection(r, d, questionKey, expectedVersion);
        List<String> chosen = new ArrayList<>();
        for (ChoiceOption o : q.options()) { // questionnaire order, no duplicates
            if (optionKeys != null && optionKeys.contains(o.key())) {
                chosen.add(o.key());
            }
        }
        if (optionKeys != null && optionKeys.stream().anyMatch(k -> q.option(k).isEmpty())) {
            throw new UserMessageException("survey.error.option");
        }
        String stored = chosen.isEmpty() ? null : String.join(",", chosen);
        return change(r, d, questionKey, x -> x.set(questionKey, "", "", stored));
    }

    /**
     * Submits the draft (only the company's contact, whose task it is): every shown required question and every row
     * of a required matrix needs an answer; otherwise refused naming the sections left. Publishes
     * {@link SurveySubmitted} synchronously inside this transaction.
     */
    public void submit(long responseId) {
        submit(responseId, null);
    }

    /** Like {@link #submit(long)}, refusing when the version moved on since the user saw the answers. */
    public void submit(long responseId, Long expectedVersion) {
        SurveyResponse r = editableResponse(responseId);
        requireContact(r);
        if (expectedVersion != null && expectedVersion != r.version) {
            throw new SurveyConflictException();
        }
        QuestionnaireDefinition d = definitionOf(r);
        List<SurveyForm.Missing> missing = SurveyForm.missing(d, r.answers());
        if (!missing.isEmpty()) {
            Locale locale = currentUser.require().locale();
            String sections = missing.stream().map(SurveyForm.Missing::sectionKey).distinct()
                    .map(k -> d.section(k).map(x -> x.title().in(locale)).orElse(k))
                    .collect(Collectors.joining(", "));
            throw new UserMessageException("survey.error.incomplete", (long) missing.size(), sections);
        }
        r.status = SurveyStatus.SUBMITTED;
        r.submittedAt = clock.instant();
        r.submittedBy = currentUser.require().username();
        r.touch(clock.instant());
        flush();
        events.publishEvent(new SurveySubmitted(r.id, r.companyId, r.round));
    }

    // --- sections with owners ---------------------------------------------------------------------

    /**
     * Gives a section of the draft to a colleague: only the company's contact; the colleague must be a user of the
     * same company (null, or the contact: the contact answers it again). The colleague gets an e-mail naming the
     * sections now theirs. Returns the response's new version.
     */
    public long assignSection(long responseId, String sectionKey, Long userId) {
        SurveyResponse r = editableResponse(responseId);
        UserAccount contact = requireContact(r);
        QuestionnaireDefinition d = definitionOf(r);
        if (sectionKey == null || d.section(sectionKey).isEmpty()) {
            throw new UserMessageException("survey.error.section", String.valueOf(sectionKey));
        }
        UserAccount owner = null;
        if (userId != null && userId != contact.id()) {
            owner = users.account(userId).filter(a -> a.is(Role.COMPANY) && a.companyId() != null
                            && a.companyId().longValue() == r.companyId.longValue())
                    .orElseThrow(() -> new UserMessageException("survey.error.owner"));
        }
        Long ownerId = owner == null ? null : owner.id();
        if (Objects.equals(r.owners().get(sectionKey), ownerId)) {
            return r.version;
        }
        r.setOwner(sectionKey, ownerId);
        r.touch(clock.instant());
        flush();
        if (owner != null && owner.email() != null && !owner.email().isBlank()) {
            mailOwner(r, d, owner, contact);
        }
        return r.version;
    }

    /**
     * Invites a colleague by e-mail as a new user of the company (the company's invitation with its one-time link
     * to set a password) and gives the section to them: only the company's contact. Returns the new version.
     */
    public long inviteSectionOwner(long responseId, String sectionKey, String name, String email) {
        SurveyResponse r = editableResponse(responseId);
        requireContact(r);
        if (sectionKey == null || definitionOf(r).section(sectionKey).isEmpty()) {
            throw new UserMessageException("survey.error.section", String.valueOf(sectionKey));
        }
        String username = companies.inviteColleague(r.companyId, name, email);
        long userId = users.findAccount(username).orElseThrow().id();
        return assignSection(responseId, sectionKey, userId);
    }

    /** The mail to a colleague naming the sections they answer (a plain link to the survey: no token). */
    private void mailOwner(SurveyResponse r, QuestionnaireDefinition d, UserAccount owner, UserAccount contact) {
        Locale locale = owner.locale();
        String sections = r.owners().entrySet().stream().filter(e -> e.getValue() == owner.id())
                .map(e -> d.section(e.getKey()).map(x -> x.title().in(locale)).orElse(e.getKey()))
                .sorted().collect(Collectors.joining(", "));
        String company = companies.get(r.companyId).name();
        String link = companySettings.baseUrl().replaceAll("/+$", "") + "/survey/" + r.id;
        mail.queue(owner.email(), i18n.getTranslation("survey.mail.sections.subject", locale, company),
                i18n.getTranslation("survey.mail.sections.body", locale, owner.name(), contact.name(), company,
                        sections, link));
    }

    /** Refuses unless the current user is the company's contact; returns the user. */
    private UserAccount requireContact(SurveyResponse r) {
        UserAccount u = currentUser.require();
        boolean contact = isCompanyUserOf(u, r) // checked first: the look-up below is for the company's own users
                && companies.lookupContactUser(r.companyId).map(c -> c.id() == u.id()).orElse(false);
        if (!contact) {
            throw currentUser.refused(u.username() + " (not the contact) tried to assign or submit survey response "
                    + r.id + " of company " + r.companyId);
        }
        return u;
    }

    /**
     * Refuses a change of the question's section unless the current user is the company's contact or the section's
     * owner, and when the section changed since the version the user saw (a change of another section is no conflict).
     */
    private void requireSection(SurveyResponse r, QuestionnaireDefinition d, String questionKey, Long expectedVersion) {
        Section section = d.sectionOf(questionKey == null ? "" : questionKey)
                .orElseThrow(() -> new UserMessageException("survey.error.question", String.valueOf(questionKey)));
        UserAccount u = currentUser.require();
        boolean owner = Long.valueOf(u.id()).equals(r.owners().get(section.key()));
        // editableResponse has checked that the user is one of the company's own users
        if (!owner && companies.lookupContactUser(r.companyId).map(c -> c.id() != u.id()).orElse(true)) {
            throw currentUser.refused(u.username() + " tried to change section " + section.key()
                    + " of survey response " + r.id + ", which is not theirs");
        }
        if (expectedVersion != null && expectedVersion != r.version && r.changedSince(section.key(), expectedVersion)) {
            throw new SurveyConflictException();
        }
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
        return submitted(companyId, round).map(this::toScore);
    }

    /** Tenant-checked: before/after per area of the company (first round vs follow-up), submitted rounds only. */
    @Transactional(readOnly = true)
    public List<AreaComparison> compare(long companyId) {
        companies.requireAccess(companyId);
        Optional<SurveyResponse> before = submitted(companyId, SurveyRound.FIRST);
        Optional<SurveyResponse> after = submitted(companyId, SurveyRound.FOLLOW_UP);
        List<String> areas = before.or(() -> after).map(r -> definitionOf(r).areaCodes()).orElse(CompetenceAreas.ALL);
        Map<String, MatrixRow> b = before.map(this::matrixRows).orElse(Map.of());
        Map<String, MatrixRow> a = after.map(this::matrixRows).orElse(Map.of());
        return areas.stream().map(code -> {
            MatrixRow x = b.getOrDefault(code, MatrixRow.EMPTY);
            MatrixRow y = a.getOrDefault(code, MatrixRow.EMPTY);
            return new AreaComparison(code, x.currentLevel(), y.currentLevel(), x.requiredLevel(), y.requiredLevel());
        }).toList();
    }

    /**
     * MANAGER/ADMIN: the project's before/after per area: the average current and required levels at kartläggning
     * and at uppföljning over the companies of the project (that the user may see) with both rounds submitted.
     */
    @Transactional(readOnly = true)
    public ProjectComparison projectComparison(long projectId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        List<Long> subprojects = projects.subprojectsOf(projectId).stream().map(SubprojectInfo::id)
                .filter(id -> u.is(Role.ADMIN) || u.canSeeSubproject(id)).toList();
        if (subprojects.isEmpty()) {
            throw currentUser.refused(u.username() + " tried to see the comparison of project " + projectId);
        }
        List<Long> companyIds = companies.visible().stream().filter(c -> subprojects.contains(c.subprojectId()))
                .filter(c -> u.canSee(c.id(), c.subprojectId())).map(CompanyInfo::id).toList();
        if (companyIds.isEmpty()) {
            return new ProjectComparison(projectId, 0, List.of());
        }
        Map<Long, SurveyResponse> firsts = byCompany(responses.findByCompanyIdInAndRoundAndStatus(companyIds,
                SurveyRound.FIRST, SurveyStatus.SUBMITTED));
        Map<Long, SurveyResponse> follows = byCompany(responses.findByCompanyIdInAndRoundAndStatus(companyIds,
                SurveyRound.FOLLOW_UP, SurveyStatus.SUBMITTED));
        List<Long> both = firsts.keySet().stream().filter(follows::containsKey).sorted().toList();
        List<String> areas = new ArrayList<>();
        for (Long c : both) {
            definitionOf(firsts.get(c)).areaCodes().stream().filter(code -> !areas.contains(code)).forEach(areas::add);
        }
        List<ProjectComparison.AreaAverage> result = new ArrayList<>();
        for (String code : areas) {
            List<MatrixRow> before = new ArrayList<>();
            List<MatrixRow> after = new ArrayList<>();
            for (Long c : both) {
                MatrixRow x = matrixRows(firsts.get(c)).getOrDefault(code, MatrixRow.EMPTY);
                MatrixRow y = matrixRows(follows.get(c)).getOrDefault(code, MatrixRow.EMPTY);
                if (x.complete() && y.complete()) {
                    before.add(x);
                    after.add(y);
                }
            }
            if (!before.isEmpty()) {
                result.add(new ProjectComparison.AreaAverage(code, before.size(),
                        before.stream().mapToInt(MatrixRow::currentLevel).average().orElse(0),
                        after.stream().mapToInt(MatrixRow::currentLevel).average().orElse(0),
                        before.stream().mapToInt(MatrixRow::requiredLevel).average().orElse(0),
                        after.stream().mapToInt(MatrixRow::requiredLevel).average().orElse(0)));
            }
        }
        return new ProjectComparison(projectId, both.size(), result);
    }

    private static Map<Long, SurveyResponse> byCompany(List<SurveyResponse> list) {
        return list.stream().collect(Collectors.toMap(r -> r.companyId, Function.identity(), (a, b) -> a.id > b.id ? a : b));
    }

    /**
     * Tenant-checked: the gaps of the company's submitted kartläggning (first round) in priority order (gap desc,
     * then employees concerned desc); empty while it is not submitted.
     */
    @Transactional(readOnly = true)
    public Optional<PrioritisedGaps> prioritisedGaps(long companyId) {
        companies.requireAccess(companyId);
        return submitted(companyId, SurveyRound.FIRST).map(this::toScore).map(PrioritisedGaps::of);
    }

    /**
     * Tenant-checked: the gaps of each role group the company has, of its submitted kartläggning when it answered
     * the competence matrix per role group (in questionnaire order, each group's gaps in priority order); empty
     * when it answered for the whole company or has not submitted. The company total is {@link #prioritisedGaps}.
     */
    @Transactional(readOnly = true)
    public List<RoleGroupGaps> roleGroupGaps(long companyId) {
        companies.requireAccess(companyId);
        Optional<SurveyResponse> r = submitted(companyId, SurveyRound.FIRST);
        if (r.isEmpty()) {
            return List.of();
        }
        QuestionnaireDefinition d = definitionOf(r.get());
        SurveyAnswers answers = r.get().answers();
        Optional<Question> matrix = d.matrix();
        if (matrix.isEmpty() || d.roleGroups().isEmpty() || !answers.perGroup(matrix.get().key())) {
            return List.of();
        }
        String key = matrix.get().key();
        return answers.presentGroups(key, d.roleGroups()).stream().map(g -> {
            List<AreaGap> gaps = matrix.get().areas().stream().map(a -> {
                        MatrixRow row = answers.row(key, a.code(), g.key());
                        return row.complete() ? new AreaGap(a.code(), row.currentLevel(), row.requiredLevel(),
                                row.employeesConcerned() == null ? 0 : row.employeesConcerned()) : null;
                    }).filter(Objects::nonNull).toList();
            return new RoleGroupGaps(g, PrioritisedGaps.of(SurveyScore.of(r.get().id, companyId, gaps)).areas());
        }).toList();
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
                .collect(Collectors.toMap(r -> r.companyId, Function.identity(), (a, b) -> a.id > b.id ? a : b));
        List<HeatMap.Row> rows = new ArrayList<>();
        for (CompanyInfo c : shown) {
            SurveyResponse r = firstRounds.get(c.id());
            Map<String, Integer> gaps = new LinkedHashMap<>();
            Map<String, Integer> employees = new LinkedHashMap<>();
            if (r != null) {
                Map<String, MatrixRow> matrix = matrixRows(r);
                for (String code : CompetenceAreas.ALL) {
                    MatrixRow a = matrix.getOrDefault(code, MatrixRow.EMPTY);
                    if (a.complete()) {
                        gaps.put(code, a.gap());
                        employees.put(code, a.employeesConcerned() == null ? 0 : a.employeesConcerned());
                    }
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
        return responses.findFirstByCompanyIdAndRoundOrderByIdDesc(companyId, round).map(r -> r.id);
    }

    // ---------------------------------------------------------------------------------------------

    /**
     * Applies a change of the question, clears the answers of questions it hid, records which sections changed and
     * writes at once.
     */
    private long change(SurveyResponse r, QuestionnaireDefinition d, String questionKey, Consumer<SurveyResponse> change) {
        change.accept(r);
        d.sectionOf(questionKey).ifPresent(s -> r.markChanged(s.key()));
        boolean cleared = true;
        while (cleared) { // a hidden question may hide further questions
            cleared = false;
            SurveyAnswers answers = r.answers();
            for (Question q : d.questions()) {
                if (!d.visible(q, answers) && answers.answered(q) && r.clear(q.key())) {
                    cleared = true;
                    d.sectionOf(q.key()).ifPresent(s -> r.markChanged(s.key()));
                }
            }
        }
        r.touch(clock.instant());
        flush();
        return r.version;
    }

    /** The question, refused when unknown, of another type than expected, or hidden by its condition. */
    private Question shownQuestion(QuestionnaireDefinition d, SurveyResponse r, String key, QuestionType type) {
        Question q = d.question(key == null ? "" : key)
                .orElseThrow(() -> new UserMessageException("survey.error.question", String.valueOf(key)));
        if (type != null ? q.type() != type
                : q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.COMPETENCE_MATRIX) {
            throw new UserMessageException("survey.error.question", key);
        }
        if (!d.visible(q, r.answers())) {
            throw new UserMessageException("survey.error.hidden");
        }
        return q;
    }

    /** The value to store for a single-valued question, or a message why it cannot be stored. */
    private static String normalise(Question q, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE_CHOICE -> {
                if (q.option(value).isEmpty()) {
                    throw new UserMessageException("survey.error.option");
                }
                yield value;
            }
            case SCALE, NUMBER -> {
                long n;
                try {
                    n = Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    throw new UserMessageException("survey.error.number");
                }
                if (n < q.min() || n > q.max()) {
                    throw new UserMessageException("survey.error.range", q.min(), q.max());
                }
                yield String.valueOf(n);
            }
            case FREE_TEXT -> {
                String text = value.strip();
                if (text.length() > q.effectiveMaxLength()) {
                    throw new UserMessageException("survey.error.text.tooLong", q.effectiveMaxLength());
                }
                yield text;
            }
            default -> throw new UserMessageException("survey.error.question", q.key());
        };
    }

    private long questionnaireIdOf(SurveyResponse r) {
        return r.questionnaireId != null ? r.questionnaireId : questionnaires.ensureDefault();
    }

    private QuestionnaireDefinition definitionOf(SurveyResponse r) {
        return questionnaires.definition(questionnaireIdOf(r));
    }

    /** The rows of the response's competence matrix by area code. */
    private Map<String, MatrixRow> matrixRows(SurveyResponse r) {
        QuestionnaireDefinition d = definitionOf(r);
        SurveyAnswers answers = r.answers();
        Map<String, MatrixRow> rows = new LinkedHashMap<>();
        d.matrix().ifPresent(q -> q.areas().forEach(a -> rows.put(a.code(),
                answers.total(q.key(), a.code(), d.roleGroups()))));
        return rows;
    }

    private static String str(Integer i) {
        return i == null ? null : String.valueOf(i);
    }

    /**
     * The response, if the current user is one of its company's users and it is a draft (which sections the user
     * may change, and whether the version moved on, {@link #requireSection} checks).
     */
    private SurveyResponse editableResponse(long responseId) {
        UserAccount u = currentUser.requireRole(Role.COMPANY);
        SurveyResponse r = responses.findWithValuesById(responseId)
                .orElseThrow(() -> currentUser.refused("unknown survey response " + responseId));
        if (!isCompanyUserOf(u, r)) {
            throw currentUser.refused(u.username() + " tried to change survey response " + responseId
                    + " of company " + r.companyId);
        }
        if (r.status != SurveyStatus.DRAFT) {
            throw new UserMessageException("survey.error.submitted");
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
        return responses.findFirstByCompanyIdAndRoundOrderByIdDesc(companyId, round).filter(r -> r.status == SurveyStatus.SUBMITTED);
    }

    private static boolean isCompanyUserOf(UserAccount u, SurveyResponse r) {
        return u.is(Role.COMPANY) && u.companyId() != null && u.companyId().longValue() == r.companyId.longValue();
    }

    private static void checkLevel(Integer level) {
        if (level != null && (level < MIN_LEVEL || level > MAX_LEVEL)) {
            throw new UserMessageException("survey.error.level", MIN_LEVEL, MAX_LEVEL);
        }
    }

    private SurveyScore toScore(SurveyResponse r) {
        List<AreaGap> gaps = matrixRows(r).entrySet().stream().filter(e -> e.getValue().complete())
                .map(e -> new AreaGap(e.getKey(), e.getValue().currentLevel(), e.getValue().requiredLevel(),
                        e.getValue().employeesConcerned() == null ? 0 : e.getValue().employeesConcerned()))
                .toList();
        return SurveyScore.of(r.id, r.companyId, gaps);
    }
}
