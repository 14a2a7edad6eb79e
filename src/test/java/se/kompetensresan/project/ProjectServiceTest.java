package se.kompetensresan.project;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.security.UserService;
import se.kompetensresan.shared.UserMessageException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ProjectServiceTest {

    @Autowired
    ProjectService projects;
    @Autowired
    UserService users;

    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = user(Role.ADMIN, Set.of()).username();
        signIn(admin, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UserAccount user(Role role, Set<Long> subprojects) {
        return users.create(new UserForm(role.name().toLowerCase() + "-" + UUID.randomUUID(), "pw", "P " + role, null, role, null, subprojects));
    }

    private static void signIn(String username, Role role) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null,
                AuthorityUtils.createAuthorityList(role.authority())));
    }

    private static ProjectForm valid() {
        return new ProjectForm(null, "Kompetenslyftet", "2026/00123", "Region Örebro län", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), new BigDecimal("5000000"), new BigDecimal("3500000"), 30, 400, 40, 3,
                Map.of(2026, new BigDecimal("320"), 2027, new BigDecimal("330")), "");
    }

    @Test
    void validProjectIsSavedWithAUnitCostPerYear() {
        ProjectInfo p = projects.save(valid());
        assertThat(projects.unitCost(p.id(), 2026)).isEqualByComparingTo("320");
        assertThat(projects.unitCost(p.id(), 2027)).isEqualByComparingTo("330");
        assertThat(projects.form(p.id()).coFinancingPercent()).isEqualTo(30);
    }

    @Test
    void everyBadFieldIsNamedWithItsReason() {
        ProjectForm bad = new ProjectForm(null, " ", "x".repeat(51), "", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1),
                new BigDecimal("-1"), new BigDecimal("10"), 101, -5, -1, 0, Map.of(2030, new BigDecimal("320")), "6X, 25");
        assertThat(projects.validate(bad)).containsEntry("name", "project.error.required")
                .containsEntry("caseNumber", "project.error.tooLong")
                .containsEntry("ownerOrganisation", "project.error.required")
                .containsEntry("endDate", "project.error.endBeforeStart")
                .containsEntry("budget", "project.error.amount")
                .containsEntry("coFinancingPercent", "project.error.percent")
                .containsEntry("plannedParticipants", "project.error.count")
                .containsEntry("plannedWomenPercent", "project.error.percent")
                .containsEntry("followUpMonths", "project.error.followUpMonths")
                .containsEntry("extraSectors", "project.error.sectors");
        assertThatThrownBy(() -> projects.save(bad)).isInstanceOf(UserMessageException.class);
    }

    @Test
    void theExtraSectorsAreTwoDigitDivisionsOutsideManufacturingAndNothingElseIsGuessed() {
        assertThat(ProjectService.parseSectors(" 71, 62;62  58 ")).containsExactly(58, 62, 71);
        assertThat(ProjectService.parseSectors("")).isEmpty();
        assertThat(ProjectService.parseSectors(null)).isEmpty();
        assertThat(ProjectService.parseSectors("6X")).as("not read as 6").isNull();
        assertThat(ProjectService.parseSectors("620")).as("a class, not a division").isNull();
        assertThat(ProjectService.parseSectors("25")).as("manufacturing is always eligible").isNull();
        assertThat(ProjectService.parseSectors("00")).isNull();
    }

    @Test
    void theExtraSectorsAreSavedWithTheProjectAndReadBackAsTyped() {
        ProjectForm f = valid();
        ProjectInfo p = projects.save(new ProjectForm(f.id(), f.name(), f.caseNumber(), f.ownerOrganisation(),
                f.startDate(), f.endDate(), f.budget(), f.esfSupport(), f.coFinancingPercent(), f.plannedParticipants(),
                f.plannedWomenPercent(), f.followUpMonths(), f.unitCosts(), "71, 62"));
        assertThat(projects.extraSectorsOf(p.id())).containsExactly(62, 71);
        assertThat(projects.form(p.id()).extraSectors()).isEqualTo("62, 71");
    }

    @Test
    void supportAboveBudgetAndUnitCostOutsideThePeriodAreRefused() {
        ProjectForm f = valid();
        ProjectForm bad = new ProjectForm(null, f.name(), f.caseNumber(), f.ownerOrganisation(), f.startDate(), f.endDate(),
                new BigDecimal("100"), new BigDecimal("200"), 30, 10, 20, 3, Map.of(2031, new BigDecimal("300")), "");
        assertThat(projects.validate(bad)).containsEntry("esfSupport", "project.error.supportOverBudget")
                .containsEntry("unitCosts", "project.error.unitCostYear");
    }

    @Test
    void managerEditsOwnProjectButNeitherCreatesNorEditsAnother() {
        ProjectInfo own = projects.save(valid());
        ProjectInfo other = projects.save(valid());
        SubprojectInfo sub = projects.createSubproject(own.id(), "Karlskoga", "Karlskoga kommun", List.of("1883"), 10);
        UserAccount manager = user(Role.MANAGER, Set.of(sub.id()));
        signIn(manager.username(), Role.MANAGER);

        ProjectForm form = projects.form(own.id());
        projects.save(new ProjectForm(form.id(), "Nytt namn", form.caseNumber(), form.ownerOrganisation(), form.startDate(),
                form.endDate(), form.budget(), form.esfSupport(), form.coFinancingPercent(), form.plannedParticipants(),
                form.plannedWomenPercent(), form.followUpMonths(), form.unitCosts(), form.extraSectors()));
        assertThat(projects.project(own.id()).orElseThrow().name()).isEqualTo("Nytt namn");

        assertThatThrownBy(() -> projects.form(other.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> projects.save(valid())).isInstanceOf(AccessRefusedException.class);
        assertThat(projects.project(other.id()).orElseThrow().name()).isEqualTo("Kompetenslyftet");
    }

    @Test
    void subprojectGetsItsAreaTargetsCoachesAndManagers() {
        ProjectInfo p = projects.save(valid());
        UserAccount coach = user(Role.COACH, Set.of());
        UserAccount manager = user(Role.MANAGER, Set.of());
        SubprojectInfo s = projects.saveSubproject(new SubprojectForm(null, p.id(), "Degerfors", "Degerfors kommun",
                List.of("1862", "1883"), 40, 25, Set.of(coach.id()), Set.of(manager.id())));
        SubprojectForm saved = projects.subprojectForm(s.id());
        assertThat(saved.municipalityCodes()).containsExactlyInAnyOrder("1862", "1883");
        assertThat(saved.plannedWomenPercent()).isEqualTo(25);
        assertThat(saved.coachIds()).containsExactly(coach.id());
        assertThat(users.findAccount(coach.username()).orElseThrow().subprojectIds()).contains(s.id());

        projects.saveSubproject(new SubprojectForm(s.id(), p.id(), "Degerfors", "Degerfors kommun", List.of("1862"), 40, 25,
                Set.of(), Set.of(manager.id())));
        assertThat(users.findAccount(coach.username()).orElseThrow().subprojectIds()).doesNotContain(s.id());
    }

    @Test
    void subprojectNeedsAKnownMunicipality() {
        ProjectInfo p = projects.save(valid());
        assertThat(projects.validate(new SubprojectForm(null, p.id(), "X", null, List.of(), 1, 1, Set.of(), Set.of())))
                .containsEntry("municipalities", "project.error.municipalities");
        assertThat(projects.validate(new SubprojectForm(null, p.id(), "X", null, List.of("9999"), 1, 1, Set.of(), Set.of())))
                .containsEntry("municipalities", "project.error.municipalityUnknown");
    }

    @Test
    void companyUserAndCoachCannotChangeProjects() {
        ProjectInfo p = projects.save(valid());
        UserAccount coach = user(Role.COACH, Set.of());
        signIn(coach.username(), Role.COACH);
        assertThatThrownBy(() -> projects.form(p.id())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> projects.save(valid())).isInstanceOf(RuntimeException.class);
    }
}
