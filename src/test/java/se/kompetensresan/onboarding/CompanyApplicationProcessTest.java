package se.kompetensresan.onboarding;

import se.kompetensresan.journey.JourneyService;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.kompetensresan.company.ApplicationInfo;
import se.kompetensresan.company.ApplicationStatus;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanySettings;
import se.kompetensresan.company.OnboardingService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.OrganisationNumber;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.kompetensresan.onboarding.ApplicationProcess.*;
import java.util.Date;

/**
 * The real CompanyApplication BPMN and Eligibility DMN on a plain in-memory engine: the real delegates with
 * Mockito-mocked services; all three outcomes, the manual review both ways.
 */
@Deployment(resources = {"processes/CompanyApplication.bpmn", "processes/Eligibility.dmn"})
class CompanyApplicationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda-test.cfg.xml").build();

    private static final long APP = 42L;
    private static final long PROJECT = 7L;
    private static final long SUBPROJECT = 3L;
    private static final long COMPANY = 11L;
    private static final String REF = "KR-2026-00042";
    private static final String EMAIL = "anna@verkstad.se";

    ProcessEngine processEngine;
    RuntimeService runtime;
    TaskService tasks;
    ManagementService management;

    OnboardingService onboarding = mock(OnboardingService.class);
    ProjectService projects = mock(ProjectService.class);
    JourneyService journeys = mock(JourneyService.class);
    MailService mail = mock(MailService.class);
    EligibilitySettings settings = new EligibilitySettings(List.of(), Map.of(PROJECT, List.of(62)));

    @BeforeEach
    void setUp() {
        processEngine = engine.getProcessEngine();
        runtime = processEngine.getRuntimeService();
        tasks = processEngine.getTaskService();
        management = processEngine.getManagementService();
        BpmnAwareTests.init(processEngine);

        Mocks.register("eligibilityInputDelegate", new EligibilityInputDelegate(onboarding, projects, settings));
        Mocks.register("recordEligibilityDelegate", new EligibilityRecordDelegate(onboarding));
        Mocks.register("approveApplicationDelegate", new ApplicationApproveDelegate(onboarding, journeys));
        Mocks.register("rejectApplicationDelegate", new ApplicationRejectDelegate(onboarding, projects, mail,
                new BundleI18NProvider(), new CompanySettings(new BigDecimal("20000"), "https://kr.example", 5)));

        when(projects.subprojectsOf(PROJECT)).thenReturn(List.of(
                new SubprojectInfo(2L, PROJECT, "Eskilstuna", "Eskilstuna kommun", List.of("0484"), 50),
                new SubprojectInfo(SUBPROJECT, PROJECT, "Karlskoga", "Karlskoga kommun", List.of("1883", "1862"), 50)));
        when(projects.project(PROJECT)).thenReturn(Optional.of(new ProjectInfo(PROJECT, "Smart Kompetens", "2018/1", "Region",
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), BigDecimal.ONE, BigDecimal.ONE, 10, 20, BigDecimal.TEN, 3)));
        when(onboarding.language(APP)).thenReturn(Locale.forLanguageTag("sv"));
        when(onboarding.approve(APP, SUBPROJECT)).thenReturn(new CompanyInfo(COMPANY, new OrganisationNumber("5560000001"),
                "Bruksverkstaden AB", SUBPROJECT, "1883", null, "25.620", 4, 21, null, null, null));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    private void application(int employees, String sni, String municipality, ApplicationStatus status) {
        when(onboarding.application(APP)).thenReturn(new ApplicationInfo(APP, REF, PROJECT,
                new OrganisationNumber("5560000001"), "Bruksverkstaden AB", "Bruksgatan 1", "691 41", "Karlskoga",
                municipality, "18", List.of(sni), employees / 2, employees - employees / 2, TurnoverClass.FROM_10_TO_50_MSEK,
                "Anna Andersson", EMAIL, "0586-12345", BigDecimal.ZERO, status, null, null, Instant.now(), Instant.now()));
    }

    private ProcessInstance start() {
        ProcessInstance pi = runtime.startProcessInstanceByKey(PROCESS_ID, REF,
                ApplicationVariables.newMap().applicationId(APP).projectId(PROJECT).asMap());
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_PREPARE_ELIGIBILITY);
        executeJobAt(pi, SERVICE_PREPARE_ELIGIBILITY);
        BpmnAwareTests.assertThat(pi).hasPassed(RULE_ELIGIBILITY).isWaitingAt(SERVICE_RECORD_ELIGIBILITY);
        executeJobAt(pi, SERVICE_RECORD_ELIGIBILITY);
        return pi;
    }

    @Test
    void eligibleManufacturerIsApprovedIntoItsDelprojektAndStartsItsJourney() {
        application(25, "25.620", "1883", ApplicationStatus.SUBMITTED);
        ProcessInstance pi = start();

        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_APPROVE).variables()
                .containsEntry(Var.EMPLOYEES, 25).containsEntry(Var.SNI_DIVISION, 25)
                .containsEntry(Var.SECTOR_LIST_MATCH, false).containsEntry(Var.MUNICIPALITY_IN_AREA, true)
                .containsEntry(Var.SUBPROJECT_ID, SUBPROJECT).containsEntry(Var.OUTCOME, ELIGIBLE)
                .containsEntry(Var.REASON_KEY, "application.reason.manufacturing");
        verify(onboarding).recordEligibility(APP, ApplicationStatus.ELIGIBLE, "application.reason.manufacturing");
        executeJobAt(pi, SERVICE_APPROVE);

        verify(onboarding).approve(APP, SUBPROJECT);
        verify(journeys).startAsSystem(COMPANY);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_APPROVED);
        verify(mail, never()).queue(anyString(), anyString(), anyString());
    }

    @Test
    void anEligibleCompanyIsNotApprovedIntoAProjectWhosePeriodHasEnded() {
        application(25, "25.620", "1883", ApplicationStatus.SUBMITTED);
        when(onboarding.projectEnded(APP)).thenReturn(true);
        ProcessInstance pi = start();

        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_REJECT).variables()
                .containsEntry(Var.OUTCOME, NOT_ELIGIBLE).containsEntry(Var.REASON_KEY, "application.reason.projectEnded");
        verify(onboarding).recordEligibility(APP, ApplicationStatus.NOT_ELIGIBLE, "application.reason.projectEnded");
        executeJobAt(pi, SERVICE_REJECT);
        verify(onboarding, never()).approve(anyLong(), anyLong());
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REJECTED);
    }

    @Test
    void sectorOnTheProjectListIsEligible() {
        application(40, "62.010", "1862", ApplicationStatus.SUBMITTED);
        ProcessInstance pi = start();
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_APPROVE).variables()
                .containsEntry(Var.SECTOR_LIST_MATCH, true).containsEntry(Var.SUBPROJECT_ID, SUBPROJECT)
                .containsEntry(Var.REASON_KEY, "application.reason.sectorList");
    }

    @Test
    void aSectorTheManagerAddedOnTheProjectPageIsEligible() {
        when(projects.extraSectorsOf(PROJECT)).thenReturn(java.util.Set.of(71));
        application(40, "71.121", "1862", ApplicationStatus.SUBMITTED);
        ProcessInstance pi = start();
        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_APPROVE).variables()
                .containsEntry(Var.SNI_DIVISION, 71).containsEntry(Var.SECTOR_LIST_MATCH, true)
                .containsEntry(Var.REASON_KEY, "application.reason.sectorList");
    }

    @Test
    void companyOutsideTheAreaIsNotEligibleAndGetsTheReasonByMail() {
        application(25, "25.620", "0180", ApplicationStatus.NOT_ELIGIBLE);
        ProcessInstance pi = start();

        BpmnAwareTests.assertThat(pi).isWaitingAt(SERVICE_REJECT).variables()
                .containsEntry(Var.MUNICIPALITY_IN_AREA, false).containsEntry(Var.OUTCOME, NOT_ELIGIBLE)
                .containsEntry(Var.REASON_KEY, "application.reason.outsideArea").containsEntry(Var.SUBPROJECT_ID, null);
        verify(onboarding).recordEligibility(APP, ApplicationStatus.NOT_ELIGIBLE, "application.reason.outsideArea");
        executeJobAt(pi, SERVICE_REJECT);

        verify(onboarding, never()).reject(anyLong(), any()); // the decision has closed it already
        verify(onboarding, never()).approve(anyLong(), anyLong());
        String reasonText = new BundleI18NProvider().getTranslation("application.reason.outsideArea", Locale.forLanguageTag("sv"));
        verify(mail).queue(eq(EMAIL), contains(REF), contains(reasonText));
        verify(mail).queue(eq(EMAIL), anyString(), contains("https://kr.example/onboarding/status/" + REF));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REJECTED);
    }

    @Test
    void borderlineSectorWaitsForAManagerWhoApproves() {
        application(25, "05.100", "1883", ApplicationStatus.MANUAL_REVIEW);
        ProcessInstance pi = start();

        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_ASSESS_APPLICATION).variables()
                .containsEntry(Var.OUTCOME, MANUAL_REVIEW).containsEntry(Var.REASON_KEY, "application.reason.borderline")
                .containsEntry(Var.PROJECT_ID, PROJECT).containsEntry(Var.SUBPROJECT_ID, SUBPROJECT);
        Task t = task(pi);
        BpmnAwareTests.assertThat(t).hasCandidateGroup(GROUP_MANAGER);
        assertThat(t.getName()).isEqualTo("Bedöm ansökan");
        assertThat(t.getDueDate()).isAfter(new Date(System.currentTimeMillis() + 6L * 24 * 3600 * 1000));
        verify(onboarding).recordEligibility(APP, ApplicationStatus.MANUAL_REVIEW, "application.reason.borderline");

        tasks.complete(t.getId(), ApplicationVariables.newMap().approved(true).asMap());
        executeJobAt(pi, SERVICE_APPROVE);
        verify(onboarding).approve(APP, SUBPROJECT);
        verify(journeys).startAsSystem(COMPANY);
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_APPROVED);
    }

    @Test
    void borderlineSizeWaitsForAManagerWhoRejectsWithAReason() {
        application(220, "25.620", "1883", ApplicationStatus.MANUAL_REVIEW);
        ProcessInstance pi = start();
        BpmnAwareTests.assertThat(pi).isWaitingAt(TASK_ASSESS_APPLICATION).variables()
                .containsEntry(Var.REASON_KEY, "application.reason.nearSizeLimit");

        tasks.complete(task(pi).getId(), ApplicationVariables.newMap().approved(false)
                .reasonKey("application.reason.notSme").asMap());
        executeJobAt(pi, SERVICE_REJECT);

        verify(onboarding).reject(APP, "application.reason.notSme");
        verify(onboarding, never()).approve(anyLong(), anyLong());
        String reasonText = new BundleI18NProvider().getTranslation("application.reason.notSme", Locale.forLanguageTag("sv"));
        verify(mail).queue(eq(EMAIL), anyString(), contains(reasonText));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed(END_REJECTED);
    }

    private void executeJobAt(ProcessInstance pi, String activityId) {
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_ASSESS_APPLICATION).singleResult();
    }
}
