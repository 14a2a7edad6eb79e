package se.kompetensresan.training;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.PlanInfo;
import se.kompetensresan.coaching.PlanStatus;
import se.kompetensresan.coaching.PlannedActivityInfo;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.PersonalIdentityNumber;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training activities, participants and attendance. "Process" methods run without a user (BPMN
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
    private final ParticipantRepository participants;
    private final AttendanceRepository attendance;
    private final CoachingService coaching;
    private final CompanyService companies;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    TrainingService(TrainingActivityRepository activities, ParticipantRepository participants,
                    AttendanceRepository attendance, CoachingService coaching, CompanyService companies,
                    ProjectService projects, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.activities = activities;
        this.participants = participants;
        this.attendance = attendance;
        this.coaching = coaching;
        this.companies = companies;
        this.projects = projects;
        this.currentUser = currentUser;
        this.events = events;
    }

    // ---------------------------------------------------------------- process

    /** Process: the training activity booked for a planned action, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> activityIdFor(long plannedActivityId) {
        return activities.findByPlannedActivityId(plannedActivityId).map(a -> a.id);
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

    // ---------------------------------------------------------------- booking

    /**
     * Books the training activity for an action of the company's approved plan (COACH in scope). One
     * activity per action. Publishes {@link TrainingBooked}.
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
        if (n.startDate() == null) {
            throw new UserMessageException("training.error.start.required");
        }
        if (n.endDate() == null) {
            throw new UserMessageException("training.error.end.required");
        }
        if (n.endDate().isBefore(n.startDate())) {
            throw new UserMessageException("training.error.end.beforeStart");
        }
        if (n.hoursPerParticipant() == null || n.hoursPerParticipant() < 1 || n.hoursPerParticipant() > MAX_HOURS) {
            throw new UserMessageException("training.error.hours.range", 1, MAX_HOURS);
        }
        TrainingActivity a = new TrainingActivity();
        a.plannedActivityId = plannedActivityId;
        a.companyId = planned.companyId();
        a.courseName = course;
        a.provider = provider;
        a.location = location;
        a.startDate = n.startDate();
        a.endDate = n.endDate();
        a.hoursPerParticipant = n.hoursPerParticipant();
        a.status = TrainingStatus.BOOKED;
        a.bookedBy = coach.username();
        a = activities.save(a);
        events.publishEvent(new TrainingBooked(a.companyId, plannedActivityId, a.id, a.endDate));
        return toInfo(a);
    }

    /** The activity with its attendance, for anyone who may see the company. */
    @Transactional(readOnly = true)
    public TrainingActivityInfo activity(long activityId) {
        return toInfo(accessible(activityId));
    }

    // ---------------------------------------------------------------- attendance

    /**
     * The company reports who attended and how many hours (COMPANY user of that company, while the activity
     * is booked or reported; a new report replaces the previous one). Each row needs a name, a valid
     * personnummer (once per report) and hours above zero and at most the activity's hours per participant.
     * Publishes {@link AttendanceReported} when the activity goes from booked to reported.
     *
     * @throws AttendanceRowException naming the row and field that is wrong
     */
    public TrainingActivityInfo reportAttendance(long activityId, List<ParticipantHours> rows) {
        TrainingActivity a = accessible(activityId);
        currentUser.requireRole(Role.COMPANY);
        if (a.status == TrainingStatus.APPROVED) {
            throw new UserMessageException("training.error.alreadyApproved");
        }
        if (rows == null || rows.isEmpty()) {
            throw new UserMessageException("training.error.attendance.empty");
        }
        List<PersonalIdentityNumber> pnrs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal max = BigDecimal.valueOf(a.hoursPerParticipant);
        for (int i = 0; i < rows.size(); i++) {
            ParticipantHours r = rows.get(i);
            String name = TextRules.clean(r.name());
            if (name == null) {
                throw new AttendanceRowException(i, "name", "training.error.name.required");
            }
            if (name.length() > MAX_TEXT) {
                throw new AttendanceRowException(i, "name", "training.error.name.length", MAX_TEXT);
            }
            PersonalIdentityNumber pnr;
            try {
                pnr = PersonalIdentityNumber.parse(r.personalIdentityNumber());
            } catch (UserMessageException e) {
                throw new AttendanceRowException(i, "pnr", "training.error.pnr.invalid");
            }
            if (!seen.add(pnr.twelveDigits())) {
                throw new AttendanceRowException(i, "pnr", "training.error.pnr.duplicate");
            }
            pnrs.add(pnr);
            if (r.hours() == null || r.hours().signum() <= 0 || r.hours().compareTo(max) > 0) {
                throw new AttendanceRowException(i, "hours", "training.error.attendance.hours", a.hoursPerParticipant);
            }
            if (r.hours().stripTrailingZeros().scale() > 2) {
                throw new AttendanceRowException(i, "hours", "training.error.attendance.decimals");
            }
        }
        attendance.deleteByActivity(a.id);
        for (int i = 0; i < rows.size(); i++) {
            PersonalIdentityNumber pnr = pnrs.get(i);
            String name = TextRules.clean(rows.get(i).name());
            Participant p = participants.findByCompanyIdAndPersonalIdentityNumber(a.companyId, pnr.twelveDigits())
                    .orElseGet(Participant::new);
            p.companyId = a.companyId;
            p.personalIdentityNumber = pnr.twelveDigits();
            p.gender = pnr.gender();
            p.name = name;
            p = participants.save(p);
            Attendance at = new Attendance();
            at.activityId = a.id;
            at.participantId = p.id;
            at.hours = rows.get(i).hours().setScale(2, RoundingMode.HALF_UP);
            attendance.save(at);
        }
        boolean first = a.status == TrainingStatus.BOOKED;
        a.status = TrainingStatus.REPORTED;
        if (first) {
            events.publishEvent(new AttendanceReported(a.companyId, a.plannedActivityId, a.id));
        }
        return toInfo(a);
    }

    /** The coach approves (attesterar) the reported hours (COACH in scope). Publishes {@link AttendanceApproved}. */
    public TrainingActivityInfo approveAttendance(long activityId) {
        TrainingActivity a = accessible(activityId);
        UserAccount coach = currentUser.requireRole(Role.COACH);
        if (a.status != TrainingStatus.REPORTED) {
            throw new UserMessageException("training.error.notReported");
        }
        a.status = TrainingStatus.APPROVED;
        a.approvedBy = coach.username();
        events.publishEvent(new AttendanceApproved(a.companyId, a.plannedActivityId, a.id));
        return toInfo(a);
    }

    // ---------------------------------------------------------------- totals

    /**
     * Approved participants and hours by gender and the co-financing, for one delprojekt or (empty) every
     * delprojekt the user works in (MANAGER, COACH in scope; ADMIN everything).
     */
    @Transactional(readOnly = true)
    public TrainingTotals totals(Optional<Long> subprojectId) {
        UserAccount u = currentUser.requireRole(Role.MANAGER, Role.ADMIN, Role.COACH);
        if (subprojectId.isPresent() && !u.canSeeSubproject(subprojectId.get())) {
            throw currentUser.refused(u.username() + " tried to see the totals of delprojekt " + subprojectId.get());
        }
        List<CompanyInfo> scope = companies.visible().stream()
                .filter(c -> subprojectId.isEmpty() || c.subprojectId() == subprojectId.get())
                .toList();
        if (scope.isEmpty()) {
            return TrainingTotals.ZERO;
        }
        // co-financing: hours × the unit cost of the company's project in the year the training ended
        Map<Long, Long> projectByCompany = new HashMap<>();
        Map<Long, Long> projectBySubproject = new HashMap<>();
        for (CompanyInfo c : scope) {
            Long projectId = projectBySubproject.computeIfAbsent(c.subprojectId(), s -> projects.subproject(s)
                    .map(SubprojectInfo::projectId).orElse(null));
            projectByCompany.put(c.id(), projectId);
        }
        Map<String, BigDecimal> unitCostByProjectYear = new HashMap<>();
        List<TrainingActivity> approved = activities.findByCompanyIdInAndStatus(projectByCompany.keySet(), TrainingStatus.APPROVED);
        if (approved.isEmpty()) {
            return TrainingTotals.ZERO;
        }
        Map<Long, TrainingActivity> byId = approved.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<Attendance> rows = attendance.findByActivityIdIn(byId.keySet());
        Map<Long, Participant> people = participants.findAllById(rows.stream().map(r -> r.participantId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<TotalsCalculator.Row> calc = new ArrayList<>();
        for (Attendance r : rows) {
            Participant p = people.get(r.participantId);
            TrainingActivity activity = byId.get(r.activityId);
            Long projectId = projectByCompany.get(activity.companyId);
            BigDecimal unitCost = projectId == null ? null : unitCostByProjectYear.computeIfAbsent(
                    projectId + "/" + activity.endDate.getYear(), k -> projects.unitCost(projectId, activity.endDate.getYear()));
            calc.add(new TotalsCalculator.Row(p.personalIdentityNumber, p.gender, r.hours, unitCost));
        }
        return TotalsCalculator.sum(calc);
    }

    // ---------------------------------------------------------------- helpers

    private TrainingActivity accessible(long activityId) {
        TrainingActivity a = activities.findById(activityId)
                .orElseThrow(() -> currentUser.refused("unknown training activity " + activityId));
        companies.requireAccess(a.companyId);
        return a;
    }



    private TrainingActivityInfo toInfo(TrainingActivity a) {
        List<Attendance> rows = attendance.findByActivityIdOrderById(a.id);
        Map<Long, Participant> people = participants.findAllById(rows.stream().map(r -> r.participantId).toList())
                .stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<AttendanceInfo> list = rows.stream().map(r -> {
            Participant p = people.get(r.participantId);
            return new AttendanceInfo(p.id, p.name, new PersonalIdentityNumber(p.personalIdentityNumber), p.gender, r.hours);
        }).toList();
        return new TrainingActivityInfo(a.id, a.plannedActivityId, a.companyId, a.courseName, a.provider, a.location,
                a.startDate, a.endDate, a.hoursPerParticipant, a.status, a.bookedBy, a.approvedBy, list);
    }
}
