package se.kompetensresan.journey.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import org.camunda.bpm.engine.TaskService;

class JourneyViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JourneyService journeys;
    @Autowired
    RuntimeService runtime;

    JourneyFixtures fx;
    JourneyViewTestSupport support;
    CompanyInfo company;
    JourneyInfo journey;
    String coach;
    String companyUser;

    @BeforeEach
    void journey() {
        fx = new JourneyFixtures(userService, projects, companies);
        support = new JourneyViewTestSupport(fx, ctx);
        long sp = fx.subproject();
        company = fx.company(sp, 20);
        journey = support.startAt(company, JourneyProcess.TASK_ANALYSE_SURVEY, Map.of());
        coach = fx.user(Role.COACH, null, Set.of(sp));
        companyUser = fx.user(Role.COMPANY, company.id(), Set.of());
    }

    private JourneyView open(String user) {
        login(user);
        UI.getCurrent().navigate("journeys/" + company.id());
        return _get(JourneyView.class);
    }

    @Test
    void showsTheStagesTheOpenTasksAndTheTimeline() {
        JourneyView v = open(coach);

        // the survey is in, the coach analyses it: kartläggning is done and the coaching step has begun
        assertThat(_get(Div.class, spec -> spec.withId("journey-stage-0")).getElement().getAttribute("data-status")).isEqualTo("done");
        assertThat(_get(Div.class, spec -> spec.withId("journey-stage-1")).getElement().getAttribute("data-status")).isEqualTo("current");
        assertThat(_get(Div.class, spec -> spec.withId("journey-stage-2")).getElement().getAttribute("data-status")).isEqualTo("upcoming");
        String taskId = journeyTaskId();
        _click(_get(Button.class, spec -> spec.withId("journey-task-open-" + taskId)));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("journey/analysis/" + taskId);

        v = open(coach);
        assertThat(v.timeline.getElement().getTextRecursively()).contains("Kompetensresan startades", "(systemet)");
    }

    @Test
    void internalCommentsAreHiddenFromTheCompany() {
        JourneyView v = open(coach);
        LocatorJ._setValue(v.commentText, "Ring vd:n innan mötet");
        LocatorJ._setValue(v.commentInternal, true);
        _click(_get(Button.class, spec -> spec.withId("journey-comment-add")));
        LocatorJ._setValue(v.commentText, "Välkomna till kompetensresan");
        _click(_get(Button.class, spec -> spec.withId("journey-comment-add")));
        assertThat(v.commentList.getElement().getTextRecursively()).contains("Ring vd:n", "Välkomna", "Intern");

        v = open(companyUser);
        assertThat(v.commentList.getElement().getTextRecursively()).contains("Välkomna").doesNotContain("Ring vd:n");
        assertThat(v.commentInternal.isVisible()).isFalse();
        LocatorJ._setValue(v.commentText, "Tack!");
        _click(_get(Button.class, spec -> spec.withId("journey-comment-add")));
        assertThat(v.commentList.getElement().getTextRecursively()).contains("Tack!");

        // an empty comment is refused next to the field
        _click(_get(Button.class, spec -> spec.withId("journey-comment-add")));
        assertThat(v.commentText.isInvalid()).isTrue();
    }

    @Test
    void anOverlongCommentIsRefusedBesideTheFieldAndKeptWhole() {
        JourneyView v = open(coach);
        String pasted = "Anteckning ".repeat(400); // 4 400 characters, over the limit of 4 000
        LocatorJ._setValue(v.commentText, pasted);
        _click(_get(Button.class, spec -> spec.withId("journey-comment-add")));

        assertThat(v.commentText.isInvalid()).isTrue();
        assertThat(v.commentText.getErrorMessage()).startsWith("Kommentaren får vara högst");
        assertThat(v.commentText.getValue()).isEqualTo(pasted);
        assertThat(v.commentText.getMaxLength()).as("no browser limit that cuts a paste").isZero();
        assertThat(v.commentList.getElement().getTextRecursively()).doesNotContain("Anteckning Anteckning");
    }

    @Test
    void attachmentIsAcceptedOrRefusedByItsContent() {
        JourneyView v = open(companyUser);
        v.receive("plan.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(v.attachmentList.getChildren().flatMap(c -> c.getChildren()).count()).isPositive();
        Anchor link = _get(Anchor.class, spec -> spec.withText("plan.pdf"));
        assertThat(link.getHref()).isNotBlank();
        assertThat(v.uploadError.isVisible()).isFalse();

        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        v.receive("faktura.pdf", exe);
        assertThat(v.uploadError.isVisible()).isTrue();
        assertThat(v.uploadError.getText()).contains("faktura.pdf", "togs inte emot");
        LocatorJ._assertNone(Anchor.class, spec -> spec.withText("faktura.pdf"));

        v = open(coach);
        assertThat(v.timeline.getElement().getTextRecursively()).contains("Bilaga: plan.pdf");
    }

    private String journeyTaskId() {
        return ((TaskService) ctx.getBean(TaskService.class)).createTaskQuery()
                .processInstanceBusinessKey(journey.caseNumber()).singleResult().getId();
    }
}
