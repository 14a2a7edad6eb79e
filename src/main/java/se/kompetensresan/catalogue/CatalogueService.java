package se.kompetensresan.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.UserMessageException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The training catalogue. The catalogue is reference data, not a company's data: admins and managers
 * maintain it, coaches read it (to put courses in development plans and book them). A course belongs to one or
 * several projects, or (no project) is shared by every project; coaches and managers see the courses of the
 * projects they work in and the shared ones, a plan is offered the courses of its company's project. Methods documented
 * "Process:" are called by other modules' services without a user check; the others check the role and
 * refuse with {@link AccessRefusedException}.
 */
@Service
@Transactional
public class CatalogueService {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueService.class);

    /** The demo catalogue loaded into an empty catalogue (semicolon separated, UTF-8). */
    static final String DEFAULT_CATALOGUE = "catalogue/default-courses.csv";

    public static final int MAX_NAME = 200;
    public static final int MAX_PROVIDER = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_HOURS = 400;
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    public static final int MAX_SUPPLIER = 200;

    private final TrainingCourseRepository courses;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    CatalogueService(TrainingCourseRepository courses, ProjectService projects, CurrentUser currentUser) {
        this.courses = courses;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The catalogue for the catalogue page (ADMIN, MANAGER, COACH), sorted by area and name: courses whose
     * name, provider or description contains the search text (blank: all), in the area (null: all areas);
     * inactive courses only when asked for.
     */
    @Transactional(readOnly = true)
    public List<TrainingCourseInfo> search(String text, String areaCode, boolean includeInactive) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        Set<Long> mine = u.is(Role.ADMIN) ? null : myProjects();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return courses.findAllByOrderByAreaCodeAscNameAscIdAsc().stream()
                .filter(c -> mine == null || visibleIn(c, mine))
                .filter(c -> includeInactive || c.active)
                .filter(c -> areaCode == null || areaCode.equals(c.areaCode))
                .filter(c -> needle.isEmpty() || contains(c.name, needle) || contains(c.provider, needle)
                        || contains(c.description, needle))
                .map(CatalogueService::toInfo)
                .toList();
    }

    /**
     * The active courses a coach can choose from for a plan of a company in the delprojekt (ADMIN, MANAGER, COACH
     * who works in it): the courses of the delprojekt's project and the shared ones, sorted by area and name.
     */
    @Transactional(readOnly = true)
    public List<TrainingCourseInfo> activeCourses(long subprojectId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        if (!u.canSeeSubproject(subprojectId)) {
            throw currentUser.refused("user " + u.id() + " tried the catalogue of delprojekt " + subprojectId);
        }
        long projectId = projectOf(subprojectId);
        return courses.findByActiveTrueOrderByAreaCodeAscNameAscIdAsc().stream().filter(c -> c.offeredIn(projectId))
                .map(CatalogueService::toInfo).toList();
    }

    /** Process: one course, active or not (a plan or booking that refers to it shows it). */
    @Transactional(readOnly = true)
    public Optional<TrainingCourseInfo> find(long courseId) {
        return courses.findById(courseId).map(CatalogueService::toInfo);
    }

    /** Process: the given courses, active or not, in no particular order; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<TrainingCourseInfo> findAll(Collection<Long> courseIds) {
        return courses.findAllById(courseIds).stream().map(CatalogueService::toInfo).toList();
    }

    /**
     * Process: the first (oldest) active course of a competence area offered in the delprojekt's project, if there is
     * one; a plan proposes it.
     */
    @Transactional(readOnly = true)
    public Optional<TrainingCourseInfo> firstActiveCourse(String areaCode, long subprojectId) {
        long projectId = projectOf(subprojectId);
        return courses.findByAreaCodeAndActiveTrueOrderByIdAsc(areaCode).stream().filter(c -> c.offeredIn(projectId))
                .findFirst().map(CatalogueService::toInfo);
    }

    // ---------------------------------------------------------------- editing

    /**
     * Adds (id null) or changes a course (ADMIN; MANAGER for the shared courses and those of a project they work
     * in, with projects they work in). A new course is active.
     */
    public TrainingCourseInfo save(CourseForm form) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        TrainingCourse c = form.id() == null ? new TrainingCourse() : editable(form.id(), u);
        Set<Long> allowed = u.is(Role.ADMIN) ? projects.allProjects().stream().map(ProjectInfo::id).collect(Collectors.toSet())
                : myProjects();
        apply(c, form, allowed);
        return toInfo(courses.save(c));
    }

    /** Deactivates (no longer offered to new plans) or reactivates a course (like {@link #save}). */
    public TrainingCourseInfo setActive(long courseId, boolean active) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        TrainingCourse c = editable(courseId, u);
        c.active = active;
        return toInfo(c);
    }

    /** Process: true when the course is offered in the delprojekt's project (its own or shared). */
    @Transactional(readOnly = true)
    public boolean offeredIn(long courseId, long subprojectId) {
        long projectId = projectOf(subprojectId);
        return courses.findById(courseId).map(c -> c.offeredIn(projectId)).orElse(false);
    }

    /** The course for a change by the user (refused: unknown, or of projects a manager does not work in). */
    TrainingCourse editable(long courseId, UserAccount u) {
        TrainingCourse c = courses.findById(courseId).orElseThrow(() -> currentUser.refused("unknown course " + courseId));
        if (!u.is(Role.ADMIN) && !visibleIn(c, myProjects())) {
            throw currentUser.refused("user " + u.id() + " tried to change course " + courseId + " of another project");
        }
        return c;
    }

    /** The projects the current (coach or manager) user works in. */
    Set<Long> myProjects() {
        return projects.visibleProjects().stream().map(ProjectInfo::id).collect(Collectors.toSet());
    }

    static boolean visibleIn(TrainingCourse c, Set<Long> projectIds) {
        return c.projectIds.isEmpty() || c.projectIds.stream().anyMatch(projectIds::contains);
    }

    private long projectOf(long subprojectId) {
        return projects.subproject(subprojectId).map(SubprojectInfo::projectId)
                .orElseThrow(() -> new IllegalArgumentException("unknown delprojekt " + subprojectId));
    }

    /**
     * Process (start-up): loads the demo catalogue ({@value #DEFAULT_CATALOGUE}) when the catalogue is empty.
     * Returns the number of courses added (0 when there were courses already).
     */
    public int loadDefaultCatalogueIfEmpty() {
        if (courses.count() > 0) {
            return 0;
        }
        List<CourseForm> forms = readDefaultCatalogue();
        for (CourseForm f : forms) {
            TrainingCourse c = new TrainingCourse();
            apply(c, f, Set.of());
            courses.save(c);
        }
        LOG.info("training catalogue: {} demo courses loaded", forms.size());
        return forms.size();
    }

    /**
     * The demo catalogue as forms: name;provider;area;delivery;hours;price;kind;procurement;supplier;description,
     * '#' starts a comment. Every demo course is shared by every project.
     */
    static List<CourseForm> readDefaultCatalogue() {
        List<CourseForm> list = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(DEFAULT_CATALOGUE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", 10);
                if (f.length != 10) {
                    throw new IllegalStateException(DEFAULT_CATALOGUE + " line " + n + ": 10 fields expected");
                }
                list.add(new CourseForm(null, f[0], f[1], f[2].strip(), f[9], Integer.valueOf(f[4].strip()),
                        new BigDecimal(f[5].strip()), CourseDelivery.valueOf(f[3].strip()), CourseKind.valueOf(f[6].strip()),
                        ProcurementStatus.valueOf(f[7].strip()), f[8], Set.of()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Validates the whole form before it changes anything, then copies it into the entity; the form's projects must
     * be among the allowed ones.
     */
    private void apply(TrainingCourse c, CourseForm f, Set<Long> allowedProjects) {
        String name = TextRules.clean(f.name());
        if (name == null) {
            throw new UserMessageException("catalogue.error.name.required");
        }
        TextRules.maxLength(name, MAX_NAME, "catalogue.error.name.length");
        String provider = TextRules.clean(f.provider());
        if (provider == null) {
            throw new UserMessageException("catalogue.error.provider.required");
        }
        TextRules.maxLength(provider, MAX_PROVIDER, "catalogue.error.provider.length");
        if (f.areaCode() == null || !CompetenceAreas.ALL.contains(f.areaCode())) {
            throw new UserMessageException("catalogue.error.area.required");
        }
        String description = TextRules.clean(f.description());
        TextRules.maxLength(description, MAX_DESCRIPTION, "catalogue.error.description.length");
        if (f.hoursPerParticipant() == null || f.hoursPerParticipant() < 1 || f.hoursPerParticipant() > MAX_HOURS) {
            throw new UserMessageException("catalogue.error.hours.range", 1, MAX_HOURS);
        }
        if (f.pricePerParticipant() == null) {
            throw new UserMessageException("catalogue.error.price.required");
        }
        if (f.pricePerParticipant().signum() < 0 || f.pricePerParticipant().compareTo(MAX_PRICE) > 0) {
            throw new UserMessageException("catalogue.error.price.range", 0, MAX_PRICE);
        }
        if (f.pricePerParticipant().stripTrailingZeros().scale() > 2) {
            throw new UserMessageException("catalogue.error.price.decimals");
        }
        if (f.delivery() == null) {
            throw new UserMessageException("catalogue.error.delivery.required");
        }
        if (f.kind() == null) {
            throw new UserMessageException("catalogue.error.kind.required");
        }
        if (f.procurement() == null) {
            throw new UserMessageException("catalogue.error.procurement.required");
        }
        String supplier = TextRules.clean(f.supplier());
        TextRules.maxLength(supplier, MAX_SUPPLIER, "catalogue.error.supplier.length");
        if (supplier == null && f.procurement() != ProcurementStatus.TO_BE_PROCURED) {
            throw new UserMessageException("catalogue.error.supplier.required");
        }
        Set<Long> projectIds = f.projectIds() == null ? Set.of() : f.projectIds();
        // a manager chooses among their own projects; the other projects a course already belongs to stay as they are
        Set<Long> foreign = c.projectIds.stream().filter(p -> !allowedProjects.contains(p)).collect(Collectors.toSet());
        if (projectIds.stream().anyMatch(p -> !allowedProjects.contains(p) && !foreign.contains(p))) {
            throw new UserMessageException("catalogue.error.projects.unknown");
        }
        if (!projectIds.containsAll(foreign)) {
            throw new UserMessageException("catalogue.error.projects.foreign");
        }
        if (courses.existsByNameIgnoreCaseAndProviderIgnoreCaseAndIdNot(name, provider, c.id == null ? -1 : c.id)) {
            throw new UserMessageException("catalogue.error.name.duplicate");
        }
        c.name = name;
        c.provider = provider;
        c.areaCode = f.areaCode();
        c.description = description;
        c.hoursPerParticipant = f.hoursPerParticipant();
        c.pricePerParticipant = f.pricePerParticipant().setScale(2, RoundingMode.HALF_UP);
        c.delivery = f.delivery();
        c.kind = f.kind();
        c.procurement = f.procurement();
        c.supplier = supplier;
        c.projectIds.clear();
        c.projectIds.addAll(projectIds);
    }

    private static boolean contains(String s, String needle) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(needle);
    }



    static TrainingCourseInfo toInfo(TrainingCourse c) {
        return new TrainingCourseInfo(c.id, c.name, c.provider, c.areaCode, c.description, c.hoursPerParticipant,
                c.pricePerParticipant, c.delivery, c.active, c.kind, c.procurement, c.supplier, Set.copyOf(c.projectIds));
    }
}
