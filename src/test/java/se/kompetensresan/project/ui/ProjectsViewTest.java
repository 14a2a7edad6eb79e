package se.kompetensresan.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.project.ProjectInfo;
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
        _click(_get(Button.class, s -> s.withId("project-save")));
        assertThat(projects.visibleProjects()).extracting(ProjectInfo::name).contains("Testprojektet");
    }
}
