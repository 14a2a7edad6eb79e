package se.kompetensresan.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.ApplicationForm;
import se.kompetensresan.company.ApplicationReceipt;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.onboarding.ApplicationProcess;
import se.kompetensresan.onboarding.ApplicationSummary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The managers' list of applications: only their own delprojekt's, and the manual assessment from the list. */
class ApplicationsViewTest extends KaribuTest {

    @Autowired
    OnboardingService onboarding;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    private ApplicationReceipt apply(CoachingTestData w, String municipality, String sni) {
        ApplicationReceipt r = se.kompetensresan.company.Applications.applyAndConfirm(ctx, new ApplicationForm(w.project.id(), CoachingTestData.organisationNumber(),
                "Ansökan " + municipality + " " + w.key, "Bruksgatan 1", "69141", "Karlskoga", municipality, sni, 4, 21,
                TurnoverClass.FROM_10_TO_50_MSEK, "Anna Andersson", "anna-" + UUID.randomUUID() + "@verkstad.se",
                "0586-123 45", true, BigDecimal.ZERO, "sv"));
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.PROCESS_ID)
                .processInstanceBusinessKey(r.reference()).singleResult().getId();
        runJobs(pi);
        return r;
    }

    private void runJobs(String pi) {
        for (int i = 0; i < 10; i++) {
            var jobs = management.createJobQuery().processInstanceId(pi).list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private List<ApplicationSummary> rows(ApplicationsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private int rowOf(ApplicationsView view, long applicationId) {
        List<ApplicationSummary> rows = rows(view);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).application().id() == applicationId) {
                return i;
            }
        }
        throw new AssertionError("no row for application " + applicationId);
    }

    private ApplicationsView open(String username) {
        login(username);
        UI.getCurrent().navigate("applications");
        return _get(ApplicationsView.class);
    }

    @Test
    void managerSeesOnlyTheApplicationsOfTheirDelprojektAndApprovesFromTheList() {
        CoachingTestData w = new CoachingTestData(ctx);
        CoachingTestData other = new CoachingTestData(ctx);
        ApplicationReceipt borderline = apply(w, "1883", "05.100");       // delprojekt A → manual review
        ApplicationReceipt inB = apply(w, "0380", "05.100");              // delprojekt B of the same project
        ApplicationReceipt otherProject = apply(other, "1883", "05.100"); // another project
        ApplicationReceipt notEligible = apply(w, "1883", "47.110");       // retail → not eligible

        ApplicationsView view = open(w.managerA);
        assertThat(rows(view)).extracting(s -> s.application().id())
                .contains(borderline.applicationId(), notEligible.applicationId())
                .doesNotContain(inB.applicationId(), otherProject.applicationId());

        int notEligibleRow = rowOf(view, notEligible.applicationId());
        Component status = _getCellComponent(view.grid, notEligibleRow, "status");
        assertThat(status.getChildren().findFirst().orElseThrow().getElement().getText()).isEqualTo("Inte behörig");
        assertThat(status.getElement().getTextRecursively()).as("the reason under the status")
                .startsWith("Inte behörig").hasSizeGreaterThan("Inte behörig".length());
        assertThat(_getCellComponent(view.grid, notEligibleRow, "actions").getChildren().count()).isZero();

        view.filter.setValue("review");
        assertThat(rows(view)).extracting(s -> s.application().id()).containsExactly(borderline.applicationId());
        Component actions = _getCellComponent(view.grid, 0, "actions");
        Button approve = (Button) actions.getChildren().filter(c -> c.getId().orElse("")
                .equals("application-approve-" + borderline.applicationId())).findFirst().orElseThrow();
        _click(approve);

        assertThat(rows(view)).isEmpty();
        SecurityContextHolder.clearContext();
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.PROCESS_ID)
                .processInstanceBusinessKey(borderline.reference()).singleResult().getId();
        runJobs(pi);
        assertThat(onboarding.application(borderline.applicationId()).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(onboarding.application(borderline.applicationId()).companyId()).isNotNull();
    }

    @Test
    void managerRejectsWithAReasonChosenFromTheList() {
        CoachingTestData w = new CoachingTestData(ctx);
        ApplicationReceipt borderline = apply(w, "1883", "05.100");
        ApplicationsView view = open(w.managerA);
        view.filter.setValue("review");
        Component actions = _getCellComponent(view.grid, rowOf(view, borderline.applicationId()), "actions");
        Button reject = (Button) actions.getChildren().filter(c -> c.getId().orElse("")
                .equals("application-reject-" + borderline.applicationId())).findFirst().orElseThrow();
        _click(reject);

        Button confirm = _get(Button.class, s -> s.withId("application-reject-confirm"));
        _click(confirm);
        @SuppressWarnings("unchecked")
        Select<String> reason = _get(Select.class, s -> s.withId("application-reject-reason"));
        assertThat(reason.isInvalid()).isTrue();
        reason.setValue("application.reason.notSme");
        _click(confirm);

        assertThat(rows(view)).isEmpty();
        SecurityContextHolder.clearContext();
        String pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.PROCESS_ID)
                .processInstanceBusinessKey(borderline.reference()).singleResult().getId();
        runJobs(pi);
        assertThat(onboarding.application(borderline.applicationId()).status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(onboarding.application(borderline.applicationId()).reasonKey()).isEqualTo("application.reason.notSme");
    }
}
