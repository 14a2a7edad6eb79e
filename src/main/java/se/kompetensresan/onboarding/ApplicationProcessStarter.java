package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyApplied;
import se.kompetensresan.company.OnboardingService;

/**
 * Starts a {@code CompanyApplication} process for every {@link CompanyApplied}, synchronously inside the
 * applying transaction (the project's convention for events into the process). Atomic: there is never an
 * application without its process, nor a process without its application. The start itself only writes the
 * instance and the job of the first (asynchronous) step, so the decision and its failures run later, in the
 * job executor, and never roll back the company's application.
 */
@Component
class ApplicationProcessStarter {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationProcessStarter.class);

    private final RuntimeService runtime;
    private final OnboardingService onboarding;

    ApplicationProcessStarter(RuntimeService runtime, OnboardingService onboarding) {
        this.runtime = runtime;
        this.onboarding = onboarding;
    }

    @EventListener
    @Transactional
    void on(CompanyApplied e) {
        String reference = onboarding.application(e.applicationId()).reference();
        runtime.startProcessInstanceByKey(ApplicationProcess.PROCESS_ID, reference,
                ApplicationVariables.newMap().applicationId(e.applicationId()).projectId(e.projectId()).asMap());
        LOG.info("eligibility of application {} (project {}) is being judged", reference, e.projectId());
    }
}
