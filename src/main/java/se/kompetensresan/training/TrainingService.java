package se.kompetensresan.training;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.catalogue.CatalogueService;
import se.kompetensresan.catalogue.CourseDateInfo;
import se.kompetensresan.catalogue.CourseDateService;
import se.kompetensresan.catalogue.TrainingCourseInfo;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlanInfo;
import se.kompetensresan.coaching.PlanStatus;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.DeMinimisService;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.DateRules;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Training activities and their bookings (participants and their hours are the participant module's). "Process" methods run without a user (BPMN
 * delegates); the others check role and tenant and refuse with {@link AccessRefusedException}.
 * <p>
 * The coach (COACH in the company's delprojekt) books an activity for an action of the approved plan and
 * approves (attesterar) the hours; the company (COMPANY user of that company) reports who attended and
 * how many hours. Approved hours are the project's co-financing.
 */
@Service
@Transactional
public class TrainingService {

    public static final int MAX_HOURS = 400;
    static final int MAX_TEXT = 200;

    private final TrainingActivityRepository activities;
    private final CoachingService coaching;
    private final CompanyService companies;
    private final CatalogueService catalogue;
    private final CourseDateService courseDates;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DeMinimisService deMinimis;

    TrainingService(TrainingActivityRepository activities, CoachingService coaching, CompanyService companies,
                    CatalogueService catalogue, CourseDateService courseDates, CurrentUser currentUser,
                    ApplicationEventPublisher events, DeMinimisService deMinimis) {
        this.deMinimis = deMinimis;
        this.activities = activities;
        this.coaching = coaching;
        this.companies = companies;
        this.catalogue = catalogue;
        this.courseDates = courseDates;
        this.currentUser = currentUser;
        this.events = events;
    }

    // ---------------------------------------------------------------- process

    /** Process: the training activity booked for a planned action, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> activityIdFor(long plannedActivityId) {
        return activities.findByPlannedActivityId(plannedActivityId).map(a -> a.id);
    }

    // ---------------------------------------------------------------- booking

    /**
     * Books the training activity for an action of the company's approved plan (COACH in scope). One
     * activity per action. An action that refers to an open catalogue course is booked on one of the course's
     * dates ({@code courseDateId}, required): the activity takes the course date's dates and place, and the action's
     * planned participants take as many seats, refused when fewer are left. A booking that would take the company
     * over the de minimis cap is refused ({@code company.deminimis.refused}) and nothing is stored; its value is
     * recorded in the company's de minimis ledger ({@link #aidValueSek}). Publishes {@link TrainingBooked}.
     */
    public TrainingActivityInfo bookActivity(long plannedActivityId, TrainingActivityForm n) {
        PlannedActivityInfo planned = coaching.findPlannedActivity(plannedActivityId)
                .orElseThrow(() -> currentUser.refused("unknown planned activity " + plannedActivityId));
        companies.requireAccess(planned.companyId());
        UserAccount coach = currentUser.requireRole(Role.COACH);
        boolean approved = coaching.currentPlan(planned.companyId()).map(PlanInfo::status)
                .filter(s -> s == PlanStatus.APPROVED).isPresent();
        if (!approved) {
            throw new UserMessageException("training.error.planNotApproved");
        }
        if (activities.findByPlannedActivityId(plannedActivityId).isPresent()) {
            throw new UserMessageException("training.error.alreadyBooked");
        }
        String course = TextRules.clean(n.courseName());
        if (course == null) {
            throw new UserMessageException("training.error.course.required");
        }
        TextRules.maxLength(course, MAX_TEXT, "training.error.course.length");
        String provider = TextRules.clean(n.provider());
        TextRules.maxLength(provider, MAX_TEXT, "training.error.provider.length");
        String location = TextRules.clean(n.location());
        TextRules.maxLength(location, MAX_TEXT, "training.error.location.length");
        TrainingCourseInfo fromCatalogue = planned.courseId() == null ? null : catalogue.find(planned.courseId()).orElse(null);
        boolean open = fromCatalogue != null && fromCatalogue.open();
        if (open && n.courseDateId() == null) {
            throw new UserMessageException("training.error.courseDate.required");
        }
        if (!open && n.courseDateId() != null) {
            throw new UserMessageException("training.error.courseDate.notOpen");
        }
        LocalDate startDate = n.startDate();
        LocalDate endDate = n.endDate();
        if (open) {
            CourseDateInfo date = courseDates.find(n.courseDateId()).filter(d -> d.courseId() == fromCatalogue.id())
                    .orElseThrow(() -> new UserMessageException("training.error.courseDate.otherCourse"));
            startDate = date.startDate();
            endDate = date.endDate();
            if (location == null) {
                location = date.place();
            }
        }
        if (startDate == null) {
            throw new UserMessageException("training.error.start.required");
        }
        if (endDate == null) {
            throw new UserMessageException("training.error.end.required");
        }
        DateRules.inRange(startDate, "training.error.start.range");
        DateRules.inRange(endDate, "training.error.end.range");
        if (endDate.isBefore(startDate)) {
            throw new UserMessageException("training.error.end.beforeStart");
        }
        if (n.hoursPerParticipant() == null || n.hoursPerParticipant() < 1 || n.hoursPerParticipant() > MAX_HOURS) {
            throw new UserMessageException("training.error.hours.range", 1, MAX_HOURS);
        }
        BigDecimal aid = aidValueSek(planned);
        deMinimis.requireRoomFor(planned.companyId(), aid);
        if (open) {
            // last: the course date's row stays locked until this transaction ends
            CompanyInfo company = companies.lookup(planned.companyId()).orElseThrow();
            courseDates.reserveSeats(n.courseDateId(), fromCatalogue.id(), plannedActivityId, company.id(),
                    company.subprojectId(), planned.participants());
        }
        TrainingActivity a = new TrainingActivity();
        a.plannedActivityId = plannedActivityId;
        a.companyId = planned.companyId();
        a.courseName = course;
        a.provider = provider;
        a.location = location;
        a.startDate = startDate;
        a.endDate = endDate;
        a.courseDateId = open ? n.courseDateId() : null;
        a.hoursPerParticipant = n.hoursPerParticipant();
        a.status = TrainingStatus.BOOKED;
        a.bookedBy = coach.username();
        a = activities.save(a);
        deMinimis.recordTraining(a.companyId, a.id, aid);
        events.publishEvent(new TrainingBooked(a.companyId, plannedActivityId, a.id, a.endDate));
        return toInfo(a);
    }

    /** The activity with its attendance, for anyone who may see the company. */
    @Transactional(readOnly = true)
    public TrainingActivityInfo activity(long activityId) {
        return toInfo(accessible(activityId));
    }

    /** Process: the course names of the training activities by id, in one query (unknown ids are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> courseNames(Collection<Long> activityIds) {
        if (activityIds == null || activityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>();
        activities.findAllById(Set.copyOf(activityIds)).forEach(a -> out.put(a.id, a.courseName));
        return out;
    }

    /**
     * Process: what each planned action is called in the training phase, by planned action id: the booked course's
     * name, or the action's title while nothing is booked. Two queries however many ids.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> courseNamesOfPlannedActivities(Collection<Long> plannedActivityIds) {
        if (plannedActivityIds == null || plannedActivityIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> out = new HashMap<>(coaching.plannedActivityTitles(plannedActivityIds));
        activities.findByPlannedActivityIdIn(Set.copyOf(plannedActivityIds))
                .forEach(a -> out.put(a.plannedActivityId, a.courseName));
        return out;
    }

    /**
     * The activities booked on a course date that the current user may see: a company user its own company's only,
     * a coach or manager those of their delprojekt, an admin all. Others' bookings on a shared course date are
     * counted in its seats, never listed.
     */
    @Transactional(readOnly = true)
    public List<TrainingActivityInfo> activitiesOnCourseDate(long courseDateId) {
        UserAccount u = currentUser.require();
        List<TrainingActivity> list = activities.findByCourseDateIdOrderById(courseDateId);
        Map<Long, CompanyInfo> byId = companies.lookupAll(list.stream().map(a -> a.companyId).collect(Collectors.toSet()));
        return list.stream().filter(a -> byId.containsKey(a.companyId)
                        && u.canSee(a.companyId, byId.get(a.companyId).subprojectId()))
                .map(this::toInfo).toList();
    }

    /** The company's activities (anyone who may see the company), earliest first. */
    @Transactional(readOnly = true)
    public List<TrainingActivityInfo> activitiesOf(long companyId) {
        companies.requireAccess(companyId);
        return activities.findByCompanyIdOrderByStartDate(companyId).stream().map(this::toInfo).toList();
    }

    /**
     * Without a tenant check, for the participant module's own checked paths (the signing page of a participant
     * who has no account, the monthly job): dates, name and company of an activity.
     */
    @Transactional(readOnly = true)
    public Optional<TrainingActivityInfo> lookup(long activityId) {
        return activities.findById(activityId).map(this::toInfo);
    }

    // ---------------------------------------------------------------- attendance status

    /**
     * The company has confirmed that the activity's attendance (kept by date in the participant module) is
     * complete (COMPANY user of that company, while booked). The caller checks the ledger's rules (ended, …).
     */
    public TrainingActivityInfo markAttendanceReported(long activityId) {
        TrainingActivity a = accessible(activityId);
        currentUser.requireRole(Role.COMPANY);
        if (a.status != TrainingStatus.BOOKED) {
            throw new UserMessageException("training.error.alreadyReported");
        }
        a.status = TrainingStatus.REPORTED;
        return toInfo(a);
    }

    /** The coach approves (attesterar) the reported attendance (COACH in scope). */
    public TrainingActivityInfo markAttendanceApproved(long activityId) {
        TrainingActivity a = accessible(activityId);
        UserAccount coach = currentUser.requireRole(Role.COACH);
        if (a.status != TrainingStatus.REPORTED) {
            throw new UserMessageException("training.error.notReported");
        }
        a.status = TrainingStatus.APPROVED;
        a.approvedBy = coach.username();
        return toInfo(a);
    }

    /**
     * The de minimis value (SEK) of the training for the company: the course cost per participant times the
     * company's participants, which is the plan action's estimated cost (for a catalogue course the plan fills it
     * in as price per participant × participants). An action without an estimated cost counts as 0.
     */
    public static BigDecimal aidValueSek(PlannedActivityInfo planned) {
        return planned.estimatedCost() == null ? BigDecimal.ZERO : planned.estimatedCost();
    }

    // ---------------------------------------------------------------- helpers

    private TrainingActivity accessible(long activityId) {
        TrainingActivity a = activities.findById(activityId)
                .orElseThrow(() -> currentUser.refused("unknown training activity " + activityId));
        companies.requireAccess(a.companyId);
        return a;
    }



    private TrainingActivityInfo toInfo(TrainingActivity a) {
        return new TrainingActivityInfo(a.id, a.plannedActivityId, a.companyId, a.courseName, a.provider, a.location,
                a.startDate, a.endDate, a.hoursPerParticipant, a.status, a.bookedBy, a.approvedBy, a.courseDateId);
    }
}
