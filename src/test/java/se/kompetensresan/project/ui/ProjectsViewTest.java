package se.kompetensresan.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.project.ProjectForm;
import se.kompetensresan.project.ProjectInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.UserForm;
import se.kompetensresan.security.Role;

import java.time.LocalDate;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;

class ProjectsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @Test
    void adminCreatesAProjectAndSeesTheProblemBesideTheField() {
        if (!userService.exists("projects-admin")) {
            userService.create(new UserForm("projects-admin", "pw", "Projects Admin", null, Role.ADMIN, null, Set.of()));
        }
        login("projects-admin");
        UI.getCurrent().navigate("projects");
        _click(_get(Button.class, s -> s.withId("project-new")));

        _setValue(_get(TextField.class, s -> s.withId("project-name")), "Testprojektet");
        _setValue(_get(TextField.class, s -> s.withId("project-owner")), "Region Test");
        _setValue(_get(DatePicker.class, s -> s.withId("project-start")), LocalDate.of(2026, 1, 1));
        _setValue(_get(DatePicker.class, s -> s.withId("project-end")), LocalDate.of(2026, 12, 31));
        _setValue(_get(BigDecimalField.class, s -> s.withId("project-budget")), new BigDecimal("1000"));
        _setValue(_get(BigDecimalField.class, s -> s.withId("project-esf")), new BigDecimal("2000"));
        _setValue(_get(TextArea.class, s -> s.withId("project-unit-costs")), "2026: 300");
        _click(_get(Button.class, s -> s.withId("project-save")));

        var esf = _get(BigDecimalField.class, s -> s.withId("project-esf"));
        assertThat(esf.isInvalid()).isTrue();
        assertThat(esf.getErrorMessage()).contains("budget");
        assertThat(_get(TextField.class, s -> s.withId("project-name")).getValue()).isEqualTo("Testprojektet");

        _setValue(esf, new BigDecimal("750"));
        TextField sectors = _get(TextField.class, s -> s.withId("project-extra-sectors"));
        _setValue(sectors, "71, 6X");
        _click(_get(Button.class, s -> s.withId("project-save")));
        assertThat(sectors.isInvalid()).isTrue();
        assertThat(sectors.getErrorMessage()).startsWith("Skriv tvåsiffriga SNI-avdelningar");
        assertThat(sectors.getValue()).as("kept as typed").isEqualTo("71, 6X");

        _setValue(sectors, "71, 62");
        _click(_get(Button.class, s -> s.withId("project-save")));
        ProjectInfo saved = projects.visibleProjects().stream().filter(p -> p.name().equals("Testprojektet"))
                .findFirst().orElseThrow();
        assertThat(projects.extraSectorsOf(saved.id())).as("the eligibility decision's list").containsExactly(62, 71);
    }

    @Test
    void theRateTheFiguresImplyIsShownBesideADisagreeingCoFinancingRate() {
        if (!userService.exists("projects-admin")) {
            userService.create(new UserForm("projects-admin", "pw", "Projects Admin", null, Role.ADMIN, null, Set.of()));
        }
        login("projects-admin");
        ProjectInfo p = projects.createProject(new ProjectInfo(0, "Medfinansierat projekt", null, "Region Test",
                LocalDate.of(2018, 9, 1), LocalDate.of(2020, 8, 31), new BigDecimal("101349479"),
                new BigDecimal("76011660"), 100, 20, new BigDecimal("320"), 3));
        UI.getCurrent().navigate("projects");
        assertThat(_get(Div.class, s -> s.withId("project-co-financing-" + p.id())).getElement().getTextRecursively())
                .isEqualTo("Medfinansieringsgrad: 0 % · Budget och ESF-stöd ger 25 % medfinansiering");

        _click(_get(Button.class, s -> s.withId("project-edit-" + p.id())));
        IntegerField rate = _get(IntegerField.class, s -> s.withId("project-co-financing"));
        assertThat(rate.getHelperText()).isEqualTo("Budget och ESF-stöd ger 25 % medfinansiering");
        _setValue(rate, 25);
        assertThat(rate.getHelperText()).isNull();
        _setValue(_get(BigDecimalField.class, s -> s.withId("project-esf")), new BigDecimal("50000000"));
        assertThat(rate.getHelperText()).isEqualTo("Budget och ESF-stöd ger 50,7 % medfinansiering");
        _setValue(_get(BigDecimalField.class, s -> s.withId("project-esf")), new BigDecimal("76011660"));
        _click(_get(Button.class, s -> s.withId("project-save")));

        _assertNone(Span.class, s -> s.withId("project-co-financing-hint-" + p.id()));
        assertThat(_get(Div.class, s -> s.withId("project-co-financing-" + p.id())).getElement().getTextRecursively())
                .isEqualTo("Medfinansieringsgrad: 25 %");
    }

    @Test
    void theImpliedRateIsTheShareOfTheBudgetTheEsfDoesNotPay() {
        assertThat(ProjectForm.impliedCoFinancingPercent(new BigDecimal("101349479"), new BigDecimal("76011660")))
                .contains(new BigDecimal("25.0"));
        assertThat(ProjectForm.impliedCoFinancingPercent(BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty();
        assertThat(ProjectForm.impliedCoFinancingPercent(new BigDecimal("100"), null)).isEmpty();
        // within one percentage point the stored rate agrees; further off, the implied rate is the hint
        assertThat(ProjectForm.coFinancingHint(new BigDecimal("1000"), new BigDecimal("745"), 25)).isEmpty();
        assertThat(ProjectForm.coFinancingHint(new BigDecimal("1000"), new BigDecimal("750"), 0))
                .contains(new BigDecimal("25.0"));
    }
}
