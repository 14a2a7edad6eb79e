package se.kompetensresan.participant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.shared.Gender;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The co-financing (medfinansiering) of programme area 1: per participant-month, the signed whole hours × the
 * project's unit cost for that month's year. Only signed months count (a disputed, unsigned or reopened month does
 * not); a locked month counts with what was signed, and later corrections count in the month they are booked in.
 * Everyone sees their scope: the company its own, coaches and managers their delprojekt, admins everything.
 */
@Service
@Transactional(readOnly = true)
public class CoFinancingService {

    private final SigningService signing;
    private final ParticipantRepository participants;
    private final CompanyService companies;
    private final ProjectService projects;
    private final CurrentUser currentUser;

    CoFinancingService(SigningService signing, ParticipantRepository participants, CompanyService companies,
                       ProjectService projects, CurrentUser currentUser) {
        this.signing = signing;
        this.participants = participants;
        this.companies = companies;
        this.projects = projects;
        this.currentUser = currentUser;
    }

    /** The rows in the user's scope, optionally of one year and one company, by month. */
    public List<CoFinancingRow> rows(Integer year, Long companyId) {
        currentUser.require();
        Map<Long, CompanyInfo> scope = companies.visible().stream().filter(c -> companyId == null || c.id() == companyId)
                .collect(Collectors.toMap(CompanyInfo::id, Function.identity()));
        if (companyId != null && scope.isEmpty()) {
            throw currentUser.refused("co-financing of company " + companyId);
        }
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> projectOfSubproject = new HashMap<>();
        Map<String, BigDecimal> unitCost = new HashMap<>();
        List<ParticipantMonth> counted = signing.counted(scope.keySet()).stream()
                .filter(m -> year == null || m.ledgerMonth.startsWith(year + "-")).toList();
        Map<Long, Participant> people = participants.findAllById(counted.stream().map(m -> m.participantId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<CoFinancingRow> rows = new ArrayList<>();
        for (ParticipantMonth m : counted) {
            CompanyInfo c = scope.get(m.companyId);
            long projectId = projectOfSubproject.computeIfAbsent(c.subprojectId(),
                    s -> projects.subproject(s).map(SubprojectInfo::projectId).orElseThrow());
            int y = Integer.parseInt(m.ledgerMonth.substring(0, 4));
            BigDecimal cost = unitCost.computeIfAbsent(projectId + "/" + y, k -> projects.unitCost(projectId, y));
            Participant p = people.get(m.participantId);
            rows.add(new CoFinancingRow(projectId, c.subprojectId(), c.id(), c.name(), p.id, p.name, p.gender,
                    java.time.YearMonth.parse(m.ledgerMonth), m.signedHours, cost,
                    cost.multiply(BigDecimal.valueOf(m.signedHours)).setScale(2, RoundingMode.HALF_UP)));
        }
        rows.sort(Comparator.comparing(CoFinancingRow::month).thenComparing(CoFinancingRow::companyName)
                .thenComparing(CoFinancingRow::participantName));
        return rows;
    }

    /** The rows summed by the grouping, split by gender, in key order. */
    public List<CoFinancingTotal> totals(Integer year, Long companyId, CoFinancingGrouping grouping) {
        List<CoFinancingRow> rows = rows(year, companyId);
        Map<Long, String> subprojectNames = new HashMap<>();
        Map<Long, String> projectNames = new HashMap<>();
        Map<String, List<CoFinancingRow>> groups = new LinkedHashMap<>();
        for (CoFinancingRow r : rows) {
            String key = switch (grouping) {
                case MONTH -> r.month().toString();
                case YEAR -> String.valueOf(r.month().getYear());
                case PARTICIPANT -> r.participantName() + " (" + r.companyName() + ")";
                case COMPANY -> r.companyName();
                case SUBPROJECT -> subprojectNames.computeIfAbsent(r.subprojectId(),
                        s -> projects.subproject(s).map(SubprojectInfo::name).orElse("?"));
                case PROJECT -> projectNames.computeIfAbsent(r.projectId(),
                        p -> projects.project(p).map(ProjectInfo::name).orElse("?"));
            };
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return groups.entrySet().stream().map(e -> sum(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CoFinancingTotal::key)).toList();
    }

    /** The sum of rows split by gender. */
    public static CoFinancingTotal sum(String key, Collection<CoFinancingRow> rows) {
        Set<Long> women = new HashSet<>();
        Set<Long> men = new HashSet<>();
        int hw = 0;
        int hm = 0;
        BigDecimal aw = BigDecimal.ZERO;
        BigDecimal am = BigDecimal.ZERO;
        for (CoFinancingRow r : rows) {
            if (r.gender() == Gender.WOMAN) {
                women.add(r.participantId());
                hw += r.hours();
                aw = aw.add(r.amount());
            } else {
                men.add(r.participantId());
                hm += r.hours();
                am = am.add(r.amount());
            }
        }
        return new CoFinancingTotal(key, women.size(), men.size(), hw, hm, aw, am);
    }

    /** Planned (budget × co-financing rate) against signed co-financing, per project in the user's scope. */
    public List<PlannedCoFinancing> planned() {
        currentUser.require();
        Map<Long, BigDecimal> signed = new HashMap<>();
        for (CoFinancingRow r : rows(null, null)) {
            signed.merge(r.projectId(), r.amount(), BigDecimal::add);
        }
        Set<Long> projectIds = new HashSet<>();
        companies.visible().forEach(c -> projects.subproject(c.subprojectId()).ifPresent(s -> projectIds.add(s.projectId())));
        return projectIds.stream().map(id -> projects.project(id).orElseThrow())
                .map(p -> new PlannedCoFinancing(p.id(), p.name(), projects.plannedCoFinancing(p.id()),
                        signed.getOrDefault(p.id(), BigDecimal.ZERO)))
                .sorted(Comparator.comparing(PlannedCoFinancing::projectName)).toList();
    }
}
