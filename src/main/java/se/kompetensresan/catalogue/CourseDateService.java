package se.kompetensresan.catalogue;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.DateRules;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The course dates (kurstillfällen) of open courses and the seats booked on them. Managers and admins plan the
 * dates (whoever may change the course); coaches read them to book; the seats are taken by the training module's
 * booking ("Process" methods, called after its own role and tenant checks).
 * <p>
 * Seats: a booked plan action takes as many seats as it has planned participants. The booking locks the course
 * date's row (select … for update) before it counts, so two coaches booking the last seat at once, on one node
 * or two, are served one after the other and the second is refused.
 */
@Service
@Transactional
public class CourseDateService {

    public static final int MAX_PLACE = 200;
    public static final int MAX_PARTICIPANTS = 500;

    private final CourseDateRepository dates;
    private final CourseDateBookingRepository bookings;
    private final TrainingCourseRepository courses;
    private final CatalogueService catalogue;
    private final CatalogueSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    CourseDateService(CourseDateRepository dates, CourseDateBookingRepository bookings,
                      TrainingCourseRepository courses, CatalogueService catalogue, CatalogueSettings settings,
                      CurrentUser currentUser, Clock clock) {
        this.dates = dates;
        this.bookings = bookings;
        this.courses = courses;
        this.catalogue = catalogue;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The dates of an open course, earliest first, with their seats (ADMIN, MANAGER, COACH who may see the course). */
    @Transactional(readOnly = true)
    public List<CourseDateInfo> datesOf(long courseId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        TrainingCourse c = courses.findById(courseId).orElseThrow(() -> currentUser.refused("unknown course " + courseId));
        if (!u.is(Role.ADMIN) && !CatalogueService.visibleIn(c, catalogue.myProjects())) {
            throw currentUser.refused("user " + u.id() + " tried the course dates of course " + courseId);
        }
        return toInfos(dates.findByCourseIdOrderByStartDateAscIdAsc(courseId), Map.of(c.id, c));
    }

    /**
     * The manager's overview (ADMIN, MANAGER): the dates of the open courses of their projects and the shared ones,
     * earliest first; those that have ended only when asked for.
     */
    @Transactional(readOnly = true)
    public List<CourseDateInfo> overview(boolean includeEnded) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        Set<Long> mine = u.is(Role.ADMIN) ? null : catalogue.myProjects();
        Map<Long, TrainingCourse> open = courses.findAll().stream()
                .filter(c -> c.kind == CourseKind.OPEN_COURSE)
                .filter(c -> mine == null || CatalogueService.visibleIn(c, mine))
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        if (open.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<CourseDate> list = dates.findByCourseIdInOrderByStartDateAscIdAsc(open.keySet()).stream()
                .filter(d -> includeEnded || !d.endDate.isBefore(today)).toList();
        return toInfos(list, open);
    }

    /** Process: a course date with its seats. */
    @Transactional(readOnly = true)
    public java.util.Optional<CourseDateInfo> find(long courseDateId) {
        return dates.findById(courseDateId).map(d -> toInfos(List.of(d),
                courses.findAllById(List.of(d.courseId)).stream().collect(Collectors.toMap(c -> c.id, Function.identity())))
                .get(0));
    }

    // ---------------------------------------------------------------- editing

    /**
     * Adds (id null) or changes a date of an open course (ADMIN; MANAGER of the course's projects or of a shared
     * course). The maximum may not fall below the seats already booked.
     */
    public CourseDateInfo save(CourseDateForm f) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        CourseDate d;
        if (f.id() == null) {
            d = new CourseDate();
        } else {
            d = dates.findForUpdate(f.id()).orElseThrow(() -> currentUser.refused("unknown course date " + f.id()));
            if (d.courseId != f.courseId()) {
                throw currentUser.refused("course date " + f.id() + " is not of course " + f.courseId());
            }
        }
        TrainingCourse c = catalogue.editable(f.courseId(), u);
        if (c.kind != CourseKind.OPEN_COURSE) {
            throw new UserMessageException("catalogue.error.courseDate.notOpen");
        }
        if (f.startDate() == null) {
            throw new UserMessageException("catalogue.error.start.required");
        }
        DateRules.inRange(f.startDate(), "catalogue.error.start.range");
        if (f.endDate() == null) {
            throw new UserMessageException("catalogue.error.end.required");
        }
        DateRules.inRange(f.endDate(), "catalogue.error.end.range");
        if (f.endDate().isBefore(f.startDate())) {
            throw new UserMessageException("catalogue.error.end.beforeStart");
        }
        String place = TextRules.required(f.place(), MAX_PLACE, "catalogue.error.place.required",
                "catalogue.error.place.length");
        if (f.minParticipants() == null || f.minParticipants() < 1 || f.minParticipants() > MAX_PARTICIPANTS) {
            throw new UserMessageException("catalogue.error.min.range", 1, MAX_PARTICIPANTS);
        }
        if (f.maxParticipants() == null || f.maxParticipants() < 1 || f.maxParticipants() > MAX_PARTICIPANTS) {
            throw new UserMessageException("catalogue.error.max.range", 1, MAX_PARTICIPANTS);
        }
        if (f.maxParticipants() < f.minParticipants()) {
            throw new UserMessageException("catalogue.error.max.belowMin");
        }
        long booked = d.id == null ? 0 : bookings.seatsBooked(d.id);
        if (f.maxParticipants() < booked) {
            throw new UserMessageException("catalogue.error.max.belowBooked", booked);
        }
        d.courseId = c.id;
        d.startDate = f.startDate();
        d.endDate = f.endDate();
        d.place = place;
        d.minParticipants = f.minParticipants();
        d.maxParticipants = f.maxParticipants();
        d = dates.save(d);
        return toInfos(List.of(d), Map.of(c.id, c)).get(0);
    }

    // ---------------------------------------------------------------- seats

    /**
     * Process (the training module's booking, after its checks): the plan action of the company takes {@code seats}
     * seats on the course date of the course. Refused beside the course date field when it is not a date of that
     * course or has too few seats left. Returns the course date with the seats after the booking.
     */
    public CourseDateInfo reserveSeats(long courseDateId, long courseId, long plannedActivityId, long companyId,
                                       long subprojectId, int seats) {
        CourseDate d = dates.findForUpdate(courseDateId).filter(x -> x.courseId == courseId)
                .orElseThrow(() -> new UserMessageException("catalogue.error.seats.otherCourse"));
        if (seats < 1) {
            throw new UserMessageException("catalogue.error.seats.none");
        }
        if (bookings.existsByPlannedActivityId(plannedActivityId)) {
            throw new UserMessageException("catalogue.error.seats.alreadyBooked");
        }
        long left = d.maxParticipants - bookings.seatsBooked(d.id);
        if (seats > left) {
            throw new UserMessageException("catalogue.error.seats.full", Math.max(0, left), d.maxParticipants, seats);
        }
        CourseDateBooking b = new CourseDateBooking();
        b.courseDateId = d.id;
        b.plannedActivityId = plannedActivityId;
        b.companyId = companyId;
        b.subprojectId = subprojectId;
        b.seats = seats;
        bookings.saveAndFlush(b);
        return find(d.id).orElseThrow();
    }

    // ---------------------------------------------------------------- helpers

    private List<CourseDateInfo> toInfos(Collection<CourseDate> list, Map<Long, TrainingCourse> coursesById) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> totals = new HashMap<>();
        for (Object[] row : bookings.totals(list.stream().map(d -> d.id).toList())) {
            totals.put((Long) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusWeeks(settings.minimumWarningWeeks());
        return list.stream().sorted(Comparator.comparing((CourseDate d) -> d.startDate).thenComparing(d -> d.id))
                .map(d -> {
                    long[] t = totals.getOrDefault(d.id, new long[2]);
                    boolean soon = !d.startDate.isAfter(horizon) && !d.endDate.isBefore(today);
                    TrainingCourse c = coursesById.get(d.courseId);
                    return new CourseDateInfo(d.id, d.courseId, c == null ? "" : c.name, d.startDate, d.endDate, d.place,
                            d.minParticipants, d.maxParticipants, (int) t[0], (int) t[1],
                            soon && t[0] < d.minParticipants);
                }).toList();
    }
}
