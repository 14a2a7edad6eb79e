package se.kompetensresan.coaching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.DateRules;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coaching sessions and development plans. "Process" methods run without a user (BPMN delegates);
 * the others check role and tenant and refuse with {@link AccessRefusedException}.
 * <p>
 * Who may do what: the coach (COACH in the company's delprojekt) logs sessions and edits and submits
 * the plan; the company (COMPANY user of that company) approves or rejects a submitted plan; managers
 * and admins read.
 * <p>
 * An action may refer to a course of the training catalogue (by id); every submitted version of the plan is
 * kept as a snapshot with the company's decision on it ({@link #planVersions}).
 */
@Service
@Transactional
public class CoachingService {

    private static final Logger LOG = LoggerFactory.getLogger(CoachingService.class);

    public static final int MIN_SESSION_MINUTES = 15;
    public static final int MAX_SESSION_MINUTES = 480;
    public static final int MAX_PARTICIPANTS = 500;
    public static final int MAX_HOURS = 400;
    static final int MAX_NOTES = 4000;
    static final int MAX_SESSION_PARTICIPANTS = 1000;
    static final int MAX_NEXT_STEPS = 2000;
    static final int MAX_SUMMARY = 4000;
    static final int MAX_COMMENT = 2000;
    static final int MAX_TITLE = 200;
    static final int MAX_TARGET_GROUP = 200;
    static final int MAX_TRACK = 100;
    /** The highest estimated cost of an action (its column holds ten digits before the decimals). */
    public static final BigDecimal MAX_COST = new BigDecimal("1000000000");

    /** Defaults of an action proposed from a priority area. */
    static final int DEFAULT_PARTICIPANTS = 5;
    static final int DEFAULT_HOURS = 16;
    static final int DEFAULT_START_AFTER_DAYS = 30;

    private final CoachingSessionRepository sessions;
    private final DevelopmentPlanRepository plans;
    private final PlannedActivityRepository activities;
    private final PlanVersionRepository versions;
    private final CatalogueService catalogue;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final BundleI18NProvider i18n;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    CoachingService(CoachingSessionRepository sessions, DevelopmentPlanRepository plans,
                    PlannedActivityRepository activities, PlanVersionRepository versions, CatalogueService catalogue,
                    CompanyService companies, CurrentUser currentUser,
                    ApplicationEventPublisher events, BundleI18NProvider i18n, Clock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.activities = activities;
        this.versions = versions;
        this.catalogue = catalogue;
        this.companies = companies;
        this.currentUser = currentUser;
        this.events = events;
        this.i18n = i18n;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- process

    /**
     * Process: makes sure the company has a draft plan, proposing one action per priority area
     * (codes from CompetenceAreas) and remembering the confirmed coaching track. The action of an area is
     * the area's first active catalogue course (its name, hours and participants × price) when the catalogue
     * has one, otherwise a free-text action named after the area. Idempotent: an existing
     * draft only gets the new track; a submitted or decided plan is left as it is.
     */
    public long preparePlan(long companyId, String coachingTrack, List<String> priorityAreaCodes) {
        return preparePlan(companyId, null, coachingTrack, priorityAreaCodes);
    }

    /**
     * Process: as {@link #preparePlan(long, String, List)}, for the plan of one journey (each journey of a company
     * has its own plan; the company's latest plan is the one the views show).
     */
    public long preparePlan(long companyId, Long journeyId, String coachingTrack, List<String> priorityAreaCodes) {
        long subprojectId = companies.lookup(companyId).map(CompanyInfo::subprojectId)
                .orElseThrow(() -> new IllegalArgumentException("unknown company " + companyId));
        Optional<DevelopmentPlan> existing = journeyId == null ? plans.findFirstByCompanyIdOrderByIdDesc(companyId)
                : plans.findByJourneyId(journeyId);
        if (existing.isPresent()) {
            DevelopmentPlan plan = existing.get();
            if (plan.status == PlanStatus.DRAFT) {
                plan.coachingTrack = truncate(coachingTrack, MAX_TRACK);
            }
            return plan.id;
        }
        DevelopmentPlan plan = new DevelopmentPlan();
        plan.companyId = companyId;
        plan.journeyId = journeyId;
        plan.status = PlanStatus.DRAFT;
        plan.coachingTrack = truncate(coachingTrack, MAX_TRACK);
        plan = plans.save(plan);
        LocalDate start = LocalDate.now(clock).plusDays(DEFAULT_START_AFTER_DAYS);
        for (String code : priorityAreaCodes == null ? List.<String>of() : priorityAreaCodes.stream().distinct().toList()) {
            if (!CompetenceAreas.ALL.contains(code)) {
                LOG.warn("plan {} of company {}: unknown priority area {} skipped", plan.id, companyId, code);
                continue;
            }
            PlannedActivity a = new PlannedActivity();
            a.planId = plan.id;
            a.areaCode = code;
            a.participants = DEFAULT_PARTICIPANTS;
            a.plannedStart = start;
            Optional<TrainingCourseInfo> course = catalogue.firstActiveCourse(code, subprojectId);
            if (course.isPresent()) {
                TrainingCourseInfo c = course.get();
                a.courseId = c.id();
                a.title = truncate(c.name(), MAX_TITLE);
                a.hoursPerParticipant = Math.min(Math.max(c.hoursPerParticipant(), 1), MAX_HOURS);
                a.estimatedCost = c.estimatedCost(a.participants).setScale(2, RoundingMode.HALF_UP);
            } else {
                a.title = truncate(i18n.getTranslation(CompetenceAreas.messageKey(code), BundleI18NProvider.SWEDISH), MAX_TITLE);
                a.hoursPerParticipant = DEFAULT_HOURS;
            }
            activities.save(a);
        }
        return plan.id;
    }

    /** Process: the actions of a plan (the training phase runs one sub-process per id). */
    @Transactional(readOnly = true)
    public List<Long> plannedActivityIds(long planId) {
        return activities.findByPlanIdOrderById(planId).stream().map(a -> a.id).toList();
    }

    /** Process: the titles of the plans' actions by id, in one query (unknown ids are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> plannedActivityTitles(Collection<Long> plannedActivityIds) {
        if (plannedActivityIds == null || plannedActivityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>();
        activities.findAllById(Set.copyOf(plannedActivityIds)).forEach(a -> out.put(a.id, a.title));
        return out;
    }

    /** Process: one action of a plan; throws IllegalArgumentException for an unknown id. */
    @Transactional(readOnly = true)
    public PlannedActivityInfo plannedActivity(long plannedActivityId) {
        return findPlannedActivity(plannedActivityId)
                .orElseThrow(() -> new IllegalArgumentException("unknown planned activity " + plannedActivityId));
    }

    /** Process: one action of a plan, if it exists. No user check: views use {@link #viewPlannedActivity}. */
    @Transactional(readOnly = true)
    public Optional<PlannedActivityInfo> findPlannedActivity(long plannedActivityId) {
        return activities.findById(plannedActivityId).flatMap(a -> plans.findById(a.planId)
                .map(p -> toInfo(a, p, courses(List.of(a)))));
    }

    // ---------------------------------------------------------------- sessions

    /** The company's logged sessions, newest first (coach, manager, admin in scope). */
    @Transactional(readOnly = true)
    public List<CoachingSessionInfo> sessions(long companyId) {
        companies.requireAccess(companyId);
        currentUser.requireRole(Role.COACH, Role.MANAGER, Role.ADMIN);
        return sessions.findByCompanyIdOrderByHeldOnDescIdDesc(companyId).stream().map(CoachingService::toInfo).toList();
    }

    /** Logs a coaching session (COACH in the company's delprojekt). */
    public CoachingSessionInfo logSession(long companyId, CoachingSessionForm n) {
        UserAccount coach = requireCoach(companyId);
        if (n.heldOn() == null) {
            throw new UserMessageException("coaching.error.session.date.required");
        }
        if (n.heldOn().isAfter(LocalDate.now(clock))) {
            throw new UserMessageException("coaching.error.session.date.future");
        }
        DateRules.inRange(n.heldOn(), "coaching.error.session.date.range");
        if (n.durationMinutes() == null || n.durationMinutes() < MIN_SESSION_MINUTES || n.durationMinutes() > MAX_SESSION_MINUTES) {
            throw new UserMessageException("coaching.error.session.duration.range", MIN_SESSION_MINUTES, MAX_SESSION_MINUTES);
        }
        String notes = TextRules.clean(n.notes());
        if (notes == null) {
            throw new UserMessageException("coaching.error.session.notes.required");
        }
        TextRules.maxLength(notes, MAX_NOTES, "coaching.error.session.notes.length");
        String participants = TextRules.clean(n.participants());
        TextRules.maxLength(participants, MAX_SESSION_PARTICIPANTS, "coaching.error.session.participants.length");
        String nextSteps = TextRules.clean(n.nextSteps());
        TextRules.maxLength(nextSteps, MAX_NEXT_STEPS, "coaching.error.session.nextsteps.length");

        CoachingSession s = new CoachingSession();
        s.companyId = companyId;
        s.heldOn = n.heldOn();
        s.durationMinutes = n.durationMinutes();
        s.participants = participants;
        s.notes = notes;
        s.nextSteps = nextSteps;
        s.coachUsername = coach.username();
        s.createdAt = clock.instant();
        return toInfo(sessions.save(s));
    }

    // ---------------------------------------------------------------- plan

    /** The company's current plan, if there is one (the company itself, coach/manager in scope, admin). */
    @Transactional(readOnly = true)
    public Optional<PlanInfo> currentPlan(long companyId) {
        companies.requireAccess(companyId);
        return plans.findFirstByCompanyIdOrderByIdDesc(companyId).map(this::toInfo);
    }

    /**
     * Every submitted version of the company's plan, oldest first, with the company's decision on each (the
     * company itself, coach/manager in scope, admin). Empty when no plan was ever submitted.
     */
    @Transactional(readOnly = true)
    public List<PlanVersionInfo> planVersions(long companyId) {
        companies.requireAccess(companyId);
        return plans.findFirstByCompanyIdOrderByIdDesc(companyId)
                .map(p -> versions.findByPlanIdOrderByVersion(p.id).stream().map(this::toInfo).toList())
                .orElse(List.of());
    }

    /** Tenant-checked: one action of a plan (e.g. to prefill a booking). Refuses unknown or foreign ids alike. */
    @Transactional(readOnly = true)
    public PlannedActivityInfo viewPlannedActivity(long plannedActivityId) {
        PlannedActivityInfo a = findPlannedActivity(plannedActivityId)
                .orElseThrow(() -> currentUser.refused("unknown planned activity " + plannedActivityId));
        companies.requireAccess(a.companyId());
        return a;
    }

    /** Changes the plan's summary (COACH in scope, draft plan). */
    public PlanInfo updatePlan(long companyId, String summary) {
        requireCoach(companyId);
        String s = TextRules.clean(summary);
        TextRules.maxLength(s, MAX_SUMMARY, "coaching.error.plan.summary.length");
        DevelopmentPlan plan = draftOrNewPlan(companyId);
        plan.summary = s;
        return toInfo(plan);
    }

    /** Adds (id null) or changes an action of the draft plan (COACH in scope). A plan is created if missing. */
    public PlannedActivityInfo saveActivity(long companyId, PlannedActivityForm in) {
        requireCoach(companyId);
        DevelopmentPlan plan = plans.findFirstByCompanyIdOrderByIdDesc(companyId).orElse(null);
        if (plan != null && plan.status != PlanStatus.DRAFT) {
            throw new UserMessageException("coaching.error.plan.notDraft");
        }
        // validated completely before anything is written
        PlannedActivity a;
        if (in.id() != null) {
            a = activities.findById(in.id())
                    .filter(x -> plan != null && x.planId.equals(plan.id))
                    .orElseThrow(() -> currentUser.refused("planned activity " + in.id() + " is not in the plan of company " + companyId));
        } else {
            a = new PlannedActivity();
        }
        String title = TextRules.clean(in.title());
        if (title == null) {
            throw new UserMessageException("coaching.error.activity.title.required");
        }
        TextRules.maxLength(title, MAX_TITLE, "coaching.error.activity.title.length");
        if (in.areaCode() == null || !CompetenceAreas.ALL.contains(in.areaCode())) {
            throw new UserMessageException("coaching.error.activity.area.required");
        }
        String targetGroup = TextRules.clean(in.targetGroup());
        TextRules.maxLength(targetGroup, MAX_TARGET_GROUP, "coaching.error.activity.targetgroup.length");
        if (in.participants() == null || in.participants() < 1 || in.participants() > MAX_PARTICIPANTS) {
            throw new UserMessageException("coaching.error.activity.participants.range", 1, MAX_PARTICIPANTS);
        }
        if (in.hoursPerParticipant() == null || in.hoursPerParticipant() < 1 || in.hoursPerParticipant() > MAX_HOURS) {
            throw new UserMessageException("coaching.error.activity.hours.range", 1, MAX_HOURS);
        }
        DateRules.inRange(in.plannedStart(), "coaching.error.activity.start.range");
        if (in.estimatedCost() != null && in.estimatedCost().signum() < 0) {
            throw new UserMessageException("coaching.error.activity.cost.negative");
        }
        if (in.estimatedCost() != null && in.estimatedCost().compareTo(MAX_COST) > 0) {
            throw new UserMessageException("coaching.error.activity.cost.tooHigh", MAX_COST);
        }
        if (in.estimatedCost() != null && in.estimatedCost().stripTrailingZeros().scale() > 2) {
            throw new UserMessageException("coaching.error.activity.cost.decimals");
        }
        BigDecimal cost = in.estimatedCost();
        if (in.courseId() != null) {
            TrainingCourseInfo course = catalogue.find(in.courseId())
                    .orElseThrow(() -> new UserMessageException("coaching.error.activity.course.unknown"));
            // a course deactivated after it was chosen stays on the action, but cannot be chosen anew
            if (!course.active() && !in.courseId().equals(a.courseId)) {
                throw new UserMessageException("coaching.error.activity.course.inactive");
            }
            // the catalogue of the journey's project: its own courses and the shared ones
            if (!in.courseId().equals(a.courseId)
                    && !catalogue.offeredIn(in.courseId(), companies.lookup(companyId).orElseThrow().subprojectId())) {
                throw new UserMessageException("coaching.error.activity.course.otherProject");
            }
            if (cost == null) {
                cost = course.estimatedCost(in.participants());
            }
        }
        DevelopmentPlan target = plan != null ? plan : draftOrNewPlan(companyId);
        a.planId = target.id;
        a.areaCode = in.areaCode();
        a.title = title;
        a.targetGroup = targetGroup;
        a.participants = in.participants();
        a.hoursPerParticipant = in.hoursPerParticipant();
        a.plannedStart = in.plannedStart();
        a.estimatedCost = cost == null ? null : cost.setScale(2, RoundingMode.HALF_UP);
        a.courseId = in.courseId();
        PlannedActivity saved = activities.save(a);
        return toInfo(saved, target, courses(List.of(saved)));
    }

    /** Removes an action of the draft plan (COACH in scope). */
    public void removeActivity(long companyId, long activityId) {
        requireCoach(companyId);
        DevelopmentPlan plan = draftPlan(companyId);
        PlannedActivity a = activities.findById(activityId).filter(x -> x.planId.equals(plan.id))
                .orElseThrow(() -> currentUser.refused("planned activity " + activityId + " is not in the plan of company " + companyId));
        activities.delete(a);
    }

    /**
     * Sends the draft plan to the company (COACH in scope): needs at least one logged session and one
     * action. Keeps a snapshot of this version. Publishes {@link PlanSubmitted}.
     */
    public PlanInfo submitPlan(long companyId) {
        UserAccount coach = requireCoach(companyId);
        DevelopmentPlan plan = draftPlan(companyId);
        if (sessions.countByCompanyId(companyId) == 0) {
            throw new UserMessageException("coaching.error.plan.noSession");
        }
        List<Long> ids = plannedActivityIds(plan.id);
        if (ids.isEmpty()) {
            throw new UserMessageException("coaching.error.plan.noActivity");
        }
        plan.status = PlanStatus.SUBMITTED;
        snapshot(plan, coach);
        events.publishEvent(new PlanSubmitted(companyId, plan.id, ids));
        return toInfo(plan);
    }

    /** The company approves its submitted plan. Publishes {@link PlanDecided} (approved). */
    public PlanInfo approvePlan(long companyId) {
        UserAccount u = requireCompanyUser(companyId);
        DevelopmentPlan plan = submittedPlan(companyId);
        plan.status = PlanStatus.APPROVED;
        plan.decidedAt = clock.instant();
        plan.decidedBy = u.username();
        recordDecision(plan, PlanStatus.APPROVED, null);
        events.publishEvent(new PlanDecided(companyId, plan.id, true, null));
        return toInfo(plan);
    }

    /**
     * The company asks for changes to its submitted plan; the comment is required. The plan goes back to
     * the coach as a draft with the next version number, keeping the comment; the rejected version stays in
     * the history ({@link #planVersions}). Publishes {@link PlanDecided}.
     */
    public PlanInfo rejectPlan(long companyId, String comment) {
        UserAccount u = requireCompanyUser(companyId);
        DevelopmentPlan plan = submittedPlan(companyId);
        String c = TextRules.clean(comment);
        if (c == null) {
            throw new UserMessageException("coaching.error.plan.comment.required");
        }
        TextRules.maxLength(c, MAX_COMMENT, "coaching.error.plan.comment.length");
        plan.companyComment = c;
        plan.decidedAt = clock.instant();
        plan.decidedBy = u.username();
        recordDecision(plan, PlanStatus.REJECTED, c);
        plan.status = PlanStatus.DRAFT;
        plan.version++;
        events.publishEvent(new PlanDecided(companyId, plan.id, false, c));
        return toInfo(plan);
    }

    // ---------------------------------------------------------------- versions

    private void snapshot(DevelopmentPlan plan, UserAccount coach) {
        PlanVersion v = versions.findByPlanIdAndVersion(plan.id, plan.version).orElseGet(PlanVersion::new);
        v.planId = plan.id;
        v.version = plan.version;
        v.submittedAt = clock.instant();
        v.submittedBy = coach.username();
        v.status = PlanStatus.SUBMITTED;
        v.decidedAt = null;
        v.decidedBy = null;
        v.companyComment = null;
        v.summary = plan.summary;
        v.coachingTrack = plan.coachingTrack;
        List<PlanVersionActivity> list = toInfo(plan).activities().stream()
                .map(a -> new PlanVersionActivity(a.areaCode(), a.title(), a.targetGroup(), a.participants(),
                        a.hoursPerParticipant(), a.plannedStart(), a.estimatedCost(), a.courseId(), a.courseName(),
                        a.courseProvider()))
                .toList();
        try {
            v.activitiesJson = json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the snapshot of plan " + plan.id, e);
        }
        versions.save(v);
    }

    private void recordDecision(DevelopmentPlan plan, PlanStatus status, String comment) {
        versions.findByPlanIdAndVersion(plan.id, plan.version).ifPresentOrElse(v -> {
            v.status = status;
            v.decidedAt = plan.decidedAt;
            v.decidedBy = plan.decidedBy;
            v.companyComment = comment;
        }, () -> LOG.warn("plan {} version {} decided without a snapshot", plan.id, plan.version));
    }

    private PlanVersionInfo toInfo(PlanVersion v) {
        List<PlanVersionActivity> list;
        try {
            list = json.readValue(v.activitiesJson, new TypeReference<List<PlanVersionActivity>>() {
            });
        } catch (JsonProcessingException e) {
            LOG.warn("plan {} version {}: unreadable snapshot", v.planId, v.version, e);
            list = List.of();
        }
        return new PlanVersionInfo(v.version, v.status, v.submittedAt, v.submittedBy, v.decidedAt, v.decidedBy,
                v.companyComment, v.summary, v.coachingTrack, list);
    }

    // ---------------------------------------------------------------- helpers

    private UserAccount requireCoach(long companyId) {
        companies.requireAccess(companyId);
        return currentUser.requireRole(Role.COACH);
    }

    private UserAccount requireCompanyUser(long companyId) {
        companies.requireAccess(companyId);
        return currentUser.requireRole(Role.COMPANY);
    }

    private DevelopmentPlan draftPlan(long companyId) {
        DevelopmentPlan plan = plans.findFirstByCompanyIdOrderByIdDesc(companyId)
                .orElseThrow(() -> new UserMessageException("coaching.error.plan.missing"));
        if (plan.status != PlanStatus.DRAFT) {
            throw new UserMessageException("coaching.error.plan.notDraft");
        }
        return plan;
    }

    private DevelopmentPlan draftOrNewPlan(long companyId) {
        Optional<DevelopmentPlan> existing = plans.findFirstByCompanyIdOrderByIdDesc(companyId);
        if (existing.isPresent()) {
            if (existing.get().status != PlanStatus.DRAFT) {
                throw new UserMessageException("coaching.error.plan.notDraft");
            }
            return existing.get();
        }
        DevelopmentPlan plan = new DevelopmentPlan();
        plan.companyId = companyId;
        return plans.save(plan);
    }

    private DevelopmentPlan submittedPlan(long companyId) {
        DevelopmentPlan plan = plans.findFirstByCompanyIdOrderByIdDesc(companyId)
                .orElseThrow(() -> new UserMessageException("coaching.error.plan.missing"));
        if (plan.status != PlanStatus.SUBMITTED) {
            throw new UserMessageException("coaching.error.plan.notSubmitted");
        }
        return plan;
    }



    private static String truncate(String s, int max) {
        String t = TextRules.clean(s);
        return t == null || t.length() <= max ? t : t.substring(0, max);
    }

    /** The catalogue courses the actions refer to, by id. */
    private Map<Long, TrainingCourseInfo> courses(Collection<PlannedActivity> list) {
        List<Long> ids = list.stream().map(a -> a.courseId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of()
                : catalogue.findAll(ids).stream().collect(Collectors.toMap(TrainingCourseInfo::id, Function.identity()));
    }

    private PlanInfo toInfo(DevelopmentPlan p) {
        List<PlannedActivity> rows = activities.findByPlanIdOrderById(p.id);
        Map<Long, TrainingCourseInfo> courses = courses(rows);
        List<PlannedActivityInfo> list = rows.stream().map(a -> toInfo(a, p, courses)).toList();
        return new PlanInfo(p.id, p.companyId, p.version, p.status, p.coachingTrack, p.summary, p.companyComment,
                p.decidedAt, p.decidedBy, list);
    }

    private static PlannedActivityInfo toInfo(PlannedActivity a, DevelopmentPlan p, Map<Long, TrainingCourseInfo> courses) {
        TrainingCourseInfo c = a.courseId == null ? null : courses.get(a.courseId);
        return new PlannedActivityInfo(a.id, a.planId, p.companyId, a.areaCode, a.title, a.targetGroup, a.participants,
                a.hoursPerParticipant, a.plannedStart, a.estimatedCost, a.courseId,
                c == null ? null : c.name(), c == null ? null : c.provider());
    }

    private static CoachingSessionInfo toInfo(CoachingSession s) {
        return new CoachingSessionInfo(s.id, s.companyId, s.heldOn, s.durationMinutes, s.participants, s.notes,
                s.nextSteps, s.coachUsername, s.createdAt);
    }
}
