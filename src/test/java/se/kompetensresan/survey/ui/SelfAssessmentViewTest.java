package se.kompetensresan.survey.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.QuestionnaireService;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.survey.SelfAssessmentTestData;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyTestData;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class SelfAssessmentViewTest extends KaribuTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    SelfAssessmentService selfAssessments;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;

    SurveyTestData.World w;

    @BeforeEach
    void setUp() {
        w = SurveyTestData.create(userService, projects, companies);
        SelfAssessmentTestData.offer(w, userService, projects, questionnaires, surveys);
        SecurityContextHolder.clearContext();
    }

    private String newLinkAsCompanyUser() {
        login(w.companyUserA());
        UI.getCurrent().navigate("survey/result/" + w.companyA());
        _click(_get(Button.class, s -> s.withId("self-assessment-renew")));
        if (!com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                s -> s.withId("self-assessment-renew-confirm")).isEmpty()) {
            com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                    _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class, s -> s.withId("self-assessment-renew-confirm")));
        }
        String link = _get(TextField.class, s -> s.withId("self-assessment-link")).getValue();
        SecurityContextHolder.clearContext();
        return SelfAssessmentTestData.token(link);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Object> group(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    private static void answerAll(int level) {
        for (String area : CompetenceAreas.ALL) {
            group("self-level-" + area).setValue(level);
            group("self-learn-" + area).setValue(Boolean.TRUE);
        }
    }

    @Test
    void theCompanyUserMakesTheLinkAndSeesTheCountButNoResultsBelowFive() {
        String token = newLinkAsCompanyUser();
        assertThat(token).hasSize(43);
        selfAssessments.answer(token, SelfAssessmentTestData.levels(2), SelfAssessmentTestData.wishes(true));
        login(w.companyUserA());
        UI.getCurrent().navigate("survey/result/" + w.companyA());
        assertThat(_get(Paragraph.class, s -> s.withId("self-assessment-count")).getText()).isEqualTo("Ett svar hittills.");
        assertThat(_get(Paragraph.class, s -> s.withId("self-assessment-hidden")).getText())
                .isEqualTo("Visas när minst 5 har svarat.");
        _assertNone(Grid.class, s -> s.withId("self-assessment-results"));
        _assertNone(TextField.class, s -> s.withId("self-assessment-link"));
    }

    @Test
    void anEmployeeAnswersWithoutAnAccountAndIsThanked() {
        String token = newLinkAsCompanyUser();
        UI.getCurrent().navigate("self-assessment/" + token);
        answerAll(3);
        _click(_get(Button.class, s -> s.withId("self-assessment-send")));

        assertThat(_get(Paragraph.class, s -> s.withId("self-assessment-done")).getText())
                .isEqualTo("Ditt svar är sparat. Du kan stänga sidan.");
        Cookie mark = fakeResponse().findCookie(SelfAssessmentService.answeredCookie(token));
        assertThat(mark).isNotNull();
        assertThat(mark.getValue()).isEqualTo("1");
        assertThat(mark.getValue()).doesNotContain(token);

        // the same browser again: no second answer by accident, but someone else at the computer may answer
        fakeRequest().setCookiesInt(new Cookie[]{mark});
        UI.getCurrent().getPage().reload();
        assertThat(_get(Paragraph.class, s -> s.withId("self-assessment-done")).getText())
                .isEqualTo("Den här webbläsaren har redan skickat ett svar via länken.");
        _click(_get(Button.class, s -> s.withId("self-assessment-again")));
        _get(Button.class, s -> s.withId("self-assessment-send"));
    }

    @Test
    void aMissingAnswerIsShownBesideItsFieldAndNothingIsStored() {
        String token = newLinkAsCompanyUser();
        UI.getCurrent().navigate("self-assessment/" + token);
        answerAll(2);
        group("self-level-WELDING").clear();
        group("self-learn-LEAN").clear();
        _click(_get(Button.class, s -> s.withId("self-assessment-send")));

        RadioButtonGroup<Object> welding = group("self-level-WELDING");
        assertThat(welding.isInvalid()).isTrue();
        assertThat(welding.getErrorMessage()).isEqualTo("Välj din nivå.");
        RadioButtonGroup<Object> lean = group("self-learn-LEAN");
        assertThat(lean.isInvalid()).isTrue();
        assertThat(lean.getErrorMessage()).isEqualTo("Välj ja eller nej.");
        assertThat(group("self-level-LEAN").isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("self-assessment-error")).getText())
                .isEqualTo("2 svar saknas. Fyll i de markerade fälten.");
        assertThat(_get(Button.class, s -> s.withId("self-assessment-send")).isEnabled()).isTrue();
        login(w.companyUserA());
        assertThat(selfAssessments.link(w.companyA()).orElseThrow().answers()).isZero();
    }

    @Test
    void theFormSwitchesToEnglish() {
        String token = newLinkAsCompanyUser();
        UI.getCurrent().navigate("self-assessment/" + token);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<java.util.Locale> language =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("self-assessment-language"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(language, java.util.Locale.ENGLISH);
        assertThat(group("self-learn-WELDING").getLabel()).isEqualTo("I want to learn more");
    }

    @Test
    void aWrongOrRenewedLinkShowsTheNotFoundPage() {
        String first = newLinkAsCompanyUser();
        String second = newLinkAsCompanyUser();
        for (String token : new String[]{first, "not-a-token", SelfAssessmentTestData.token("/" + "A".repeat(43))}) {
            Throwable t = catchThrowable(() -> UI.getCurrent().navigate("self-assessment/" + token));
            // Karibu's stand-in for the application's not-found page throws the NotFoundException it was given
            // (Vaadin either passes it on or renders it as an internal error with the exception's text)
            String shown = t != null ? String.valueOf(t)
                    : String.valueOf(catchThrowable(() -> com.github.mvysny.kaributesting.v10.LocatorJ._find(
                    com.vaadin.flow.component.Component.class)))
                    + com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
            assertThat(shown).as(token).containsAnyOf("NotFoundException", "No route found");
            assertThat(com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt.toPrettyTree(UI.getCurrent()))
                    .doesNotContain("Verkstad A").doesNotContain("SelfAssessmentView");
        }
        UI.getCurrent().navigate("self-assessment/" + second);
        _get(SelfAssessmentView.class);
    }

    @Test
    void theAdminFlagsADraftVersionAndThePreviewSaysSo() {
        login(w.admin());
        UI.getCurrent().navigate("admin/questionnaires");
        _click(_get(Button.class, s -> s.withId("questionnaire-new-version")));
        Checkbox flag = _get(Checkbox.class, s -> s.withId("qe-self-assessment"));
        assertThat(flag.isReadOnly()).isFalse();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(flag, !flag.getValue());
        boolean now = _get(Checkbox.class, s -> s.withId("qe-self-assessment")).getValue();
        _click(_get(Button.class, s -> s.withId("questionnaire-preview")));
        assertThat(_get(Paragraph.class, s -> s.withId("questionnaire-preview-self-assessment")).getText())
                .isEqualTo(now ? "Versionen ber också medarbetarna om en anonym självskattning (medarbetarnas självskattning)."
                        : "Versionen ber inte medarbetarna om någon självskattning.");
    }

    private static FakeRequest fakeRequest() {
        ServletRequest r = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        while (r instanceof ServletRequestWrapper w) {
            r = w.getRequest();
        }
        return (FakeRequest) r;
    }

    private static FakeResponse fakeResponse() {
        ServletResponse r = ((VaadinServletResponse) VaadinResponse.getCurrent()).getHttpServletResponse();
        while (r instanceof ServletResponseWrapper w) {
            r = w.getResponse();
        }
        return (FakeResponse) r;
    }
}
