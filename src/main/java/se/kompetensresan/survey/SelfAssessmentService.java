package se.kompetensresan.survey;

import se.kompetensresan.shared.LinkTokens;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The employees' anonymous self-assessment (medarbetarnas självskattning), offered when the company's kartläggning
 * answers a questionnaire version that asks for it.
 * <p>
 * The company's users make one link (256 random bits; only its SHA-256 is stored) to share with their employees,
 * renew it (the old one stops working) or close it. Through the link, without an account, an employee gives per
 * area of the competence matrix their current level (1–4) and whether they want to learn more. An answer is stored
 * with a random key and the ISO week only — no account, address, browser or time — and the results are shown only
 * for at least {@link SurveySettings#selfAssessmentMinGroup()} answers. At most
 * {@link SurveySettings#selfAssessmentAnswersPerHour()} answers per link and hour are taken. The token is never
 * logged.
 */
@Service
@Transactional
public class SelfAssessmentService {

    private static final Logger LOG = LoggerFactory.getLogger(SelfAssessmentService.class);
    /** The address of the anonymous page, before the token. */
    public static final String PATH = "self-assessment/";

    private final SelfAssessmentLinkRepository links;
    private final SelfAssessmentAnswerRepository answers;
    private final SurveyResponseRepository responses;
    private final QuestionnaireService questionnaires;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final SurveySettings settings;
    private final Clock clock;
    private final Cache<String, AtomicInteger> perLink = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(100_000).build();

    SelfAssessmentService(SelfAssessmentLinkRepository links, SelfAssessmentAnswerRepository answers,
                          SurveyResponseRepository responses, QuestionnaireService questionnaires,
                          CompanyService companies, CurrentUser currentUser, SurveySettings settings, Clock clock) {
        this.links = links;
        this.answers = answers;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.companies = companies;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    // --- the company's link ----------------------------------------------------------------------

    /** Tenant-checked: the company's link state and count of answers; empty before its kartläggning is opened. */
    @Transactional(readOnly = true)
    public Optional<SelfAssessmentLinkInfo> link(long companyId) {
        companies.requireAccess(companyId);
        return firstRound(companyId).map(r -> {
            Optional<SelfAssessmentLink> l = links.findByResponseId(r.id);
            return new SelfAssessmentLinkInfo(companyId, offered(r), l.isPresent(),
                    l.map(x -> !x.closed && x.tokenHash != null).orElse(false),
                    l.map(x -> answers.countByLinkId(x.id)).orElse(0L));
        });
    }

    /**
     * The company's own users: makes the link, or a new one in place of the old (which stops working), and opens it
     * again if it was closed. Returns the full address; it is shown this once (only its hash is kept).
     */
    public String renewLink(long companyId) {
        SurveyResponse r = ownOfferedResponse(companyId);
        SelfAssessmentLink l = links.findByResponseId(r.id).orElseGet(() -> {
            SelfAssessmentLink n = new SelfAssessmentLink();
            n.responseId = r.id;
            n.companyId = r.companyId;
            return n;
        });
        String token = LinkTokens.newToken();
        l.tokenHash = LinkTokens.hash(token);
        l.closed = false;
        links.saveAndFlush(l);
        LOG.info("self-assessment link of company {} renewed", companyId);
        return settings.baseUrl().replaceAll("/+$", "") + "/" + PATH + token;
    }

    /** The company's own users: closes the link; no more answers are taken until it is renewed. */
    public void closeLink(long companyId) {
        SurveyResponse r = ownOfferedResponse(companyId);
        links.findByResponseId(r.id).ifPresent(l -> {
            l.closed = true;
            links.saveAndFlush(l);
            LOG.info("self-assessment link of company {} closed", companyId);
        });
    }

    /** Tenant-checked: the employees' answers of the company's kartläggning, aggregated (hidden below the group). */
    @Transactional(readOnly = true)
    public SelfAssessmentSummary summary(long companyId) {
        companies.requireAccess(companyId);
        Optional<SurveyResponse> r = firstRound(companyId);
        List<String> areas = r.map(x -> questionnaires.definition(questionnaireId(x)).areaCodes()).orElse(List.of());
        List<Map<String, SelfAssessmentSummary.AreaAnswer>> all = r.flatMap(x -> links.findByResponseId(x.id))
                .map(l -> answers.findByLinkId(l.id)).orElse(List.of()).stream()
                .map(SelfAssessmentService::byArea).toList();
        return SelfAssessmentSummary.of(areas, all, settings.selfAssessmentMinGroup());
    }

    // --- the anonymous page ----------------------------------------------------------------------

    /** Anonymous: the form behind a usable token; empty for an unknown, renewed or closed one. */
    @Transactional(readOnly = true)
    public Optional<SelfAssessmentForm> form(String token) {
        return usable(token).flatMap(l -> responses.findById(l.responseId)).filter(this::offered)
                .map(r -> new SelfAssessmentForm(companies.lookup(r.companyId).map(c -> c.name()).orElse(""),
                        questionnaires.definition(questionnaireId(r)).matrix().map(Question::areas).orElse(List.of())));
    }

    /**
     * Anonymous: stores one answer. {@code levels} and {@code wantsToLearn} by area code; every area of the form
     * needs both ({@link SelfAssessmentIncomplete} names the missing ones). Refused for a token that is not usable
     * ({@code survey.self.invalid}) and beyond the hourly number of answers per link ({@code survey.self.error.busy}).
     */
    public void answer(String token, Map<String, Integer> levels, Map<String, Boolean> wantsToLearn) {
        SelfAssessmentLink l = usable(token).orElseThrow(() -> new UserMessageException("survey.self.invalid"));
        SurveyResponse r = responses.findById(l.responseId).filter(this::offered)
                .orElseThrow(() -> new UserMessageException("survey.self.invalid"));
        List<String> areas = questionnaires.definition(questionnaireId(r)).areaCodes();
        Set<String> noLevel = new LinkedHashSet<>();
        Set<String> noWish = new LinkedHashSet<>();
        SelfAssessmentAnswer a = new SelfAssessmentAnswer();
        for (String code : areas) {
            Integer level = levels == null ? null : levels.get(code);
            Boolean wish = wantsToLearn == null ? null : wantsToLearn.get(code);
            if (level == null || level < SurveyService.MIN_LEVEL || level > SurveyService.MAX_LEVEL) {
                noLevel.add(code);
            }
            if (wish == null) {
                noWish.add(code);
            }
            if (!noLevel.contains(code) && wish != null) {
                a.areas.add(new SelfAssessmentAnswer.Area(code, level, wish));
            }
        }
        if (!noLevel.isEmpty() || !noWish.isEmpty()) {
            throw new SelfAssessmentIncomplete(noLevel, noWish);
        }
        AtomicInteger n = perLink.get(l.tokenHash, h -> new AtomicInteger());
        if (n.incrementAndGet() > settings.selfAssessmentAnswersPerHour()) {
            LOG.warn("self-assessment answer refused for company {}: more than {} within the hour", l.companyId,
                    settings.selfAssessmentAnswersPerHour());
            throw new UserMessageException("survey.self.error.busy");
        }
        a.id = UUID.randomUUID();
        a.linkId = l.id;
        a.answeredWeek = week(LocalDate.now(clock));
        answers.save(a);
    }

    // ---------------------------------------------------------------------------------------------

    /** The coarsened date an answer keeps: its ISO week, e.g. {@code 2026-W49}. */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Optional<SurveyResponse> firstRound(long companyId) {
        return responses.findFirstByCompanyIdAndRoundOrderByIdDesc(companyId, SurveyRound.FIRST);
    }

    private SurveyResponse ownOfferedResponse(long companyId) {
        UserAccount u = currentUser.requireRole(Role.COMPANY);
        if (u.companyId() == null || u.companyId() != companyId) {
            throw currentUser.refused(u.username() + " tried to change the self-assessment link of company " + companyId);
        }
        return firstRound(companyId).filter(this::offered)
                .orElseThrow(() -> new UserMessageException("survey.self.error.notOffered"));
    }

    private boolean offered(SurveyResponse r) {
        return questionnaires.selfAssessment(questionnaireId(r));
    }

    private long questionnaireId(SurveyResponse r) {
        return r.questionnaireId != null ? r.questionnaireId : questionnaires.ensureDefault();
    }

    private Optional<SelfAssessmentLink> usable(String token) {
        String hash = LinkTokens.hash(token);
        return hash == null ? Optional.empty() : links.findByTokenHash(hash).filter(l -> !l.closed);
    }

    private static Map<String, SelfAssessmentSummary.AreaAnswer> byArea(SelfAssessmentAnswer a) {
        Map<String, SelfAssessmentSummary.AreaAnswer> m = new LinkedHashMap<>();
        a.areas.forEach(x -> m.put(x.areaCode(), new SelfAssessmentSummary.AreaAnswer(x.currentLevel(), x.wantsToLearn())));
        return m;
    }

    /**
     * The name of the cookie that marks, in one browser, that the link was answered there (against an accidental
     * second answer; it names the link, not the employee). Null for anything that cannot be a token.
     */
    public static String answeredCookie(String token) {
        String h = LinkTokens.hash(token);
        return h == null ? null : "kr-sa-" + h.substring(0, 16);
    }
}
