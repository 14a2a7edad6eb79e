package se.kompetensresan.journey;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.CompanyForm;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.userdetails.User;

/** Test data of the journey tests: unique delprojekt, companies and users in the shared test database. */
public class JourneyFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final UserService users;
    private final ProjectService projects;
    private final CompanyService companies;

    public JourneyFixtures(UserService users, ProjectService projects, CompanyService companies) {
        this.users = users;
        this.projects = projects;
        this.companies = companies;
    }

    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
    }

    /** Runs as a fresh ADMIN (restoring whoever was signed in). */
    public <T> T asAdmin(Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        String admin = user(Role.ADMIN, null, Set.of());
        signIn(admin, Role.ADMIN);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public long subproject() {
        return asAdmin(() -> {
            ProjectInfo p = projects.createProject(new ProjectInfo(0, unique("Projekt"), unique("ESF"), "Region",
                    LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), BigDecimal.valueOf(1_000_000),
                    BigDecimal.valueOf(500_000), 100, 30, BigDecimal.valueOf(300), 3));
            return projects.createSubproject(p.id(), unique("Delprojekt"), "Kommun", List.of("1883"), 50).id();
        });
    }

    public CompanyInfo company(long subprojectId, int employees) {
        return asAdmin(() -> companies.register(new CompanyForm(organisationNumber(), unique("Företag AB"),
                subprojectId, "1883", null, "25", employees / 2, employees - employees / 2, null, null, null)));
    }

    public String user(Role role, Long companyId, Set<Long> subprojectIds) {
        String name = unique(role.name().toLowerCase());
        users.create(new UserForm(name, "secret", "Test " + role, null, role, companyId, subprojectIds));
        return name;
    }

    public static void signIn(String username, Role role) {
        var authorities = List.of(new SimpleGrantedAuthority(role.authority()));
        var principal = new User(username, "x", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, authorities));
    }

    /** A valid Swedish organisation number (third digit ≥ 2, Luhn check digit). */
    public static String organisationNumber() {
        StringBuilder s = new StringBuilder("556");
        for (int i = 0; i < 6; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (s.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return s.append((10 - sum % 10) % 10).toString();
    }
}
