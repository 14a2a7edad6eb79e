package se.kompetensresan.project;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.TextRules;
import se.kompetensresan.shared.DateRules;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.time.Year;

/** Projects and their delprojekt. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    /** The longest owner organisation (its column holds 200 characters). */
    static final int MAX_OWNER = 200;
    /** The highest budget or ESF support (the columns hold numeric(15, 2)). */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final ProjectRepository projects;
    private final SubprojectRepository subprojects;
    private final CurrentUser currentUser;

    private final Geography geography;
    private final UserService users;

    ProjectService(ProjectRepository projects, SubprojectRepository subprojects, CurrentUser currentUser,
                   Geography geography, UserService users) {
        this.projects = projects;
        this.subprojects = subprojects;
        this.currentUser = currentUser;
        this.geography = geography;
        this.users = users;
    }

    /** A project by id; for the process glue and for views that already checked the tenant. */
    public Optional<ProjectInfo> project(long id) {
        return projects.findById(id).map(ProjectService::toInfo);
    }

    public Optional<SubprojectInfo> subproject(long id) {
        return subprojects.findById(id).map(ProjectService::toInfo);
    }

    /** Several delprojekt by id in one query, for views and glue that already checked the tenant. */
    public Map<Long, SubprojectInfo> subprojects(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, SubprojectInfo> out = new HashMap<>();
        subprojects.findAllById(ids).forEach(s -> out.put(s.id, toInfo(s)));
        return out;
    }

    /** Every project, for the public onboarding form (no user check: names and ids only are public). */
    public List<ProjectInfo> allProjects() {
        return projects.findAll().stream().map(ProjectService::toInfo)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The projects the current user works in (all for an admin). */
    public List<ProjectInfo> visibleProjects() {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        return projects.findAll().stream()
                .filter(p -> u.is(Role.ADMIN) || subprojects.findByProjectIdOrderByName(p.id).stream()
                        .anyMatch(s -> u.subprojectIds().contains(s.id)))
                .map(ProjectService::toInfo).toList();
    }

    /** The delprojekt the current user works in (all for an admin). */
    public List<SubprojectInfo> visibleSubprojects() {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER, Role.COACH);
        return subprojects.findAll().stream()
                .filter(s -> u.is(Role.ADMIN) || u.subprojectIds().contains(s.id))
                .map(ProjectService::toInfo).toList();
    }

    public List<SubprojectInfo> subprojectsOf(long projectId) {
        return subprojects.findByProjectIdOrderByName(projectId).stream().map(ProjectService::toInfo).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public ProjectInfo createProject(ProjectInfo p) {
        Project e = new Project();
        e.name = p.name();
        e.caseNumber = p.caseNumber();
        e.ownerOrganisation = p.ownerOrganisation();
        e.startDate = p.startDate();
        e.endDate = p.endDate();
        e.budget = p.budget();
        e.esfSupport = p.esfSupport();
        e.plannedParticipants = p.plannedParticipants();
        e.plannedWomenPercent = p.plannedWomenPercent();
        e.unitCostPerHour = p.unitCostPerHour();
        e.followUpMonths = p.followUpMonths();
        if (p.startDate() != null && p.endDate() != null && p.unitCostPerHour() != null) {
            for (int year = p.startDate().getYear(); year <= p.endDate().getYear(); year++) {
                e.unitCosts.put(year, p.unitCostPerHour());
            }
        }
        return toInfo(projects.save(e));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public SubprojectInfo createSubproject(long projectId, String name, String owner, List<String> municipalityCodes,
                                           int plannedParticipants) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        projects.findById(projectId).orElseThrow(() -> currentUser.refused("unknown project " + projectId));
        List<Subproject> existing = subprojects.findByProjectIdOrderByName(projectId);
        // a manager adds delprojekt to a project they work in (or to a new project that has none yet)
        if (!u.is(Role.ADMIN) && !existing.isEmpty() && existing.stream().noneMatch(x -> u.subprojectIds().contains(x.id))) {
            throw currentUser.refused(u.username() + " (MANAGER) tried to add a delprojekt to project " + projectId);
        }
        Subproject s = new Subproject();
        s.projectId = projectId;
        s.name = name;
        s.ownerOrganisation = owner;
        s.municipalityCodes = String.join(",", municipalityCodes);
        s.plannedParticipants = plannedParticipants;
        return toInfo(subprojects.save(s));
    }

    /** The unit cost per participant hour in the given year: the year's own figure, else the project's default. */
    public BigDecimal unitCost(long projectId, int year) {
        Project p = projects.findById(projectId).orElseThrow(() -> new IllegalArgumentException("unknown project " + projectId));
        return p.unitCosts.getOrDefault(year, p.unitCostPerHour);
    }

    /**
     * The project's planned co-financing: budget × co-financing rate (no user check: figures of the project, for the
     * participant module's checked views).
     */
    public BigDecimal plannedCoFinancing(long projectId) {
        Project p = projects.findById(projectId).orElseThrow(() -> new IllegalArgumentException("unknown project " + projectId));
        return p.budget.multiply(BigDecimal.valueOf(p.coFinancingPercent)).movePointLeft(2)
                .setScale(0, java.math.RoundingMode.HALF_UP);
    }

    /** A project as edited (ADMIN, or a MANAGER of one of its delprojekt). */
    public ProjectForm form(long projectId) {
        Project p = editable(projectId);
        return new ProjectForm(p.id, p.name, p.caseNumber, p.ownerOrganisation, p.startDate, p.endDate, p.budget,
                p.esfSupport, p.coFinancingPercent, p.plannedParticipants, p.plannedWomenPercent, p.followUpMonths,
                new TreeMap<>(p.unitCosts), p.extraSectors == null ? "" : p.extraSectors.replace(",", ", "));
    }

    /** What is wrong with the form: field name → message key; empty when it can be saved. */
    public Map<String, String> validate(ProjectForm f) {
        Map<String, String> e = new LinkedHashMap<>();
        if (f.name() == null || f.name().isBlank()) {
            e.put("name", "project.error.required");
        } else if (f.name().length() > 200) {
            e.put("name", "project.error.tooLong");
        }
        if (f.ownerOrganisation() == null || f.ownerOrganisation().isBlank()) {
            e.put("ownerOrganisation", "project.error.required");
        } else if (f.ownerOrganisation().strip().length() > MAX_OWNER) {
            e.put("ownerOrganisation", "project.error.tooLong");
        }
        if (f.caseNumber() != null && f.caseNumber().length() > 50) {
            e.put("caseNumber", "project.error.tooLong");
        }
        if (f.startDate() == null) {
            e.put("startDate", "project.error.required");
        } else if (!DateRules.inRange(f.startDate())) {
            e.put("startDate", "project.error.dateRange");
        }
        if (f.endDate() == null) {
            e.put("endDate", "project.error.required");
        } else if (!DateRules.inRange(f.endDate())) {
            e.put("endDate", "project.error.dateRange");
        } else if (f.startDate() != null && f.endDate().isBefore(f.startDate())) {
            e.put("endDate", "project.error.endBeforeStart");
        }
        amount(e, "budget", f.budget());
        amount(e, "esfSupport", f.esfSupport());
        if (!e.containsKey("esfSupport") && !e.containsKey("budget") && f.esfSupport().compareTo(f.budget()) > 0) {
            e.put("esfSupport", "project.error.supportOverBudget");
        }
        percent(e, "coFinancingPercent", f.coFinancingPercent());
        percent(e, "plannedWomenPercent", f.plannedWomenPercent());
        if (f.plannedParticipants() == null || f.plannedParticipants() < 0) {
            e.put("plannedParticipants", "project.error.count");
        }
        if (f.followUpMonths() == null || f.followUpMonths() < 1 || f.followUpMonths() > 24) {
            e.put("followUpMonths", "project.error.followUpMonths");
        }
        if (parseSectors(f.extraSectors()) == null) {
            e.put("extraSectors", "project.error.sectors");
        }
        Map<Integer, BigDecimal> costs = f.unitCosts() == null ? Map.of() : f.unitCosts();
        if (costs.isEmpty()) {
            e.put("unitCosts", "project.error.unitCostMissing");
        }
        for (var c : costs.entrySet()) {
            if (c.getValue() == null || c.getValue().signum() <= 0 || c.getValue().compareTo(new BigDecimal("10000")) > 0) {
                e.put("unitCosts", "project.error.unitCost");
            } else if (c.getValue().stripTrailingZeros().scale() > 2) {
                e.put("unitCosts", "project.error.unitCostDecimals");
            } else if (f.startDate() != null && f.endDate() != null
                    && (c.getKey() < f.startDate().getYear() || c.getKey() > f.endDate().getYear())) {
                e.put("unitCosts", "project.error.unitCostYear");
            }
        }
        return e;
    }

    /**
     * The SNI 2007 divisions of a typed list ("62, 71" or "62 71"): each two digits, 01–99, outside manufacturing
     * (10–33, always eligible); null when an entry is anything else (nothing is guessed), empty for a blank list.
     */
    public static java.util.SortedSet<Integer> parseSectors(String typed) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        for (String entry : typed.strip().split("[,;\\s]+")) {
            if (!entry.matches("\\d{2}")) {
                return null;
            }
            int division = Integer.parseInt(entry);
            if (division < 1 || (division >= 10 && division <= 33)) {
                return null;
            }
            out.add(division);
        }
        return out;
    }

    /** The SNI divisions the project accepts besides manufacturing (for the eligibility decision; any caller). */
    @Transactional(readOnly = true)
    public java.util.Set<Integer> extraSectorsOf(long projectId) {
        return projects.findById(projectId).map(p -> parseSectors(p.extraSectors)).orElse(new java.util.TreeSet<>());
    }

    /** An amount in kronor: 0 or more, at most two decimals, within what the columns hold (numeric(15, 2)). */
    private static void amount(Map<String, String> e, String field, BigDecimal value) {
        if (value == null || value.signum() < 0) {
            e.put(field, "project.error.amount");
        } else if (value.compareTo(MAX_AMOUNT) > 0 || value.stripTrailingZeros().scale() > 2) {
            e.put(field, "project.error.amountFormat");
        }
    }

    private static void percent(Map<String, String> e, String field, Integer value) {
        if (value == null || value < 0 || value > 100) {
            e.put(field, "project.error.percent");
        }
    }

    /**
     * Creates (ADMIN) or changes (ADMIN, or a MANAGER of the project) a project. Refuses an invalid form with the
     * first problem's message; views show every problem beside its field through {@link #validate}.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public ProjectInfo save(ProjectForm f) {
        Project p;
        if (f.id() == null) {
            currentUser.requireRole(Role.ADMIN);
            p = new Project();
        } else {
            p = editable(f.id());
        }
        Map<String, String> problems = validate(f);
        if (!problems.isEmpty()) {
            throw new UserMessageException(problems.values().iterator().next());
        }
        p.name = f.name().strip();
        p.caseNumber = f.caseNumber() == null || f.caseNumber().isBlank() ? null : f.caseNumber().strip();
        p.ownerOrganisation = f.ownerOrganisation().strip();
        p.startDate = f.startDate();
        p.endDate = f.endDate();
        p.budget = f.budget();
        p.esfSupport = f.esfSupport();
        p.coFinancingPercent = f.coFinancingPercent();
        p.plannedParticipants = f.plannedParticipants();
        p.plannedWomenPercent = f.plannedWomenPercent();
        p.followUpMonths = f.followUpMonths();
        var sectors = parseSectors(f.extraSectors());
        p.extraSectors = sectors.isEmpty() ? null : sectors.stream().map(d -> String.format("%02d", d))
                .collect(java.util.stream.Collectors.joining(","));
        p.unitCosts.clear();
        p.unitCosts.putAll(f.unitCosts());
        int thisYear = Year.now().getValue();
        p.unitCostPerHour = f.unitCosts().getOrDefault(thisYear, f.unitCosts().values().iterator().next());
        return toInfo(projects.save(p));
    }

    /** A delprojekt as edited, with its coaches and managers. */
    public SubprojectForm subprojectForm(long subprojectId) {
        Subproject s = subprojects.findById(subprojectId)
                .orElseThrow(() -> currentUser.refused("unknown delprojekt " + subprojectId));
        editable(s.projectId);
        SubprojectInfo info = toInfo(s);
        return new SubprojectForm(s.id, s.projectId, s.name, s.ownerOrganisation, info.municipalityCodes(),
                s.plannedParticipants, s.plannedWomenPercent, ids(users.membersOf(s.id, Role.COACH)),
                ids(users.membersOf(s.id, Role.MANAGER)));
    }

    private static Set<Long> ids(List<UserAccount> accounts) {
        Set<Long> ids = new HashSet<>();
        accounts.forEach(a -> ids.add(a.id()));
        return ids;
    }

    /** What is wrong with the delprojekt form: field name → message key. */
    public Map<String, String> validate(SubprojectForm f) {
        Map<String, String> e = new LinkedHashMap<>();
        if (f.name() == null || f.name().isBlank()) {
            e.put("name", "project.error.required");
        } else if (f.name().length() > 200) {
            e.put("name", "project.error.tooLong");
        }
        if (f.municipalityCodes() == null || f.municipalityCodes().isEmpty()) {
            e.put("municipalities", "project.error.municipalities");
        } else if (f.municipalityCodes().stream().anyMatch(java.util.Objects::isNull)) {
            e.put("municipalities", "project.error.municipalityUnknown");
        } else if (f.municipalityCodes().stream().anyMatch(c -> geography.municipality(c).isEmpty())) {
            e.put("municipalities", "project.error.municipalityUnknown");
        }
        if (f.ownerOrganisation() != null && f.ownerOrganisation().strip().length() > MAX_OWNER) {
            e.put("ownerOrganisation", "project.error.tooLong");
        }
        if (f.plannedParticipants() == null || f.plannedParticipants() < 0) {
            e.put("plannedParticipants", "project.error.count");
        }
        percent(e, "plannedWomenPercent", f.plannedWomenPercent());
        return e;
    }

    /** Creates or changes a delprojekt and who works in it (ADMIN, or a MANAGER of the project). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public SubprojectInfo saveSubproject(SubprojectForm f) {
        UserAccount u = currentUser.require();
        editable(f.projectId());
        Map<String, String> problems = validate(f);
        if (!problems.isEmpty()) {
            throw new UserMessageException(problems.values().iterator().next());
        }
        Subproject s;
        if (f.id() == null) {
            s = new Subproject();
            s.projectId = f.projectId();
        } else {
            s = subprojects.findById(f.id()).orElseThrow(() -> currentUser.refused("unknown delprojekt " + f.id()));
            if (s.projectId != f.projectId()) {
                throw currentUser.refused(u.username() + " tried to move delprojekt " + f.id());
            }
        }
        s.name = f.name().strip();
        s.ownerOrganisation = TextRules.clean(f.ownerOrganisation());
        s.municipalityCodes = String.join(",", f.municipalityCodes());
        s.plannedParticipants = f.plannedParticipants();
        s.plannedWomenPercent = f.plannedWomenPercent();
        s = subprojects.save(s);
        Set<Long> managers = new HashSet<>(f.managerIds() == null ? Set.of() : f.managerIds());
        if (u.is(Role.MANAGER)) {
            managers.add(u.id()); // a manager never locks themself out of what they just saved
        }
        users.setMembers(s.id, Role.COACH, f.coachIds() == null ? Set.of() : f.coachIds());
        users.setMembers(s.id, Role.MANAGER, managers);
        return toInfo(s);
    }

    /** The project if the current user may change it (ADMIN, or a MANAGER of one of its delprojekt). */
    private Project editable(long projectId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        Project p = projects.findById(projectId).orElseThrow(() -> currentUser.refused("unknown project " + projectId));
        if (!u.is(Role.ADMIN) && subprojects.findByProjectIdOrderByName(projectId).stream()
                .noneMatch(s -> u.subprojectIds().contains(s.id))) {
            throw currentUser.refused(u.username() + " tried to change project " + projectId);
        }
        return p;
    }

    static ProjectInfo toInfo(Project p) {
        return new ProjectInfo(p.id, p.name, p.caseNumber, p.ownerOrganisation, p.startDate, p.endDate, p.budget,
                p.esfSupport, p.plannedParticipants, p.plannedWomenPercent, p.unitCostPerHour, p.followUpMonths);
    }

    static SubprojectInfo toInfo(Subproject s) {
        List<String> codes = s.municipalityCodes == null || s.municipalityCodes.isBlank() ? List.of()
                : Arrays.asList(s.municipalityCodes.split(","));
        return new SubprojectInfo(s.id, s.projectId, s.name, s.ownerOrganisation, codes, s.plannedParticipants);
    }
}
