package se.kompetensresan.journey.ui;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyService;
import se.kompetensresan.security.Role;

import java.util.Map;
import java.util.Set;

/** Starts journeys for the view tests and moves them past the (still stubbed) survey service task. */
record JourneyViewTestSupport(JourneyFixtures fx, JourneyService journeys, RuntimeService runtime) {

    JourneyInfo startAt(CompanyInfo company, String activity, Map<String, Object> vars) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        JourneyFixtures.signIn(fx.user(Role.MANAGER, null, Set.of(company.subprojectId())), Role.MANAGER);
        try {
            JourneyInfo j = journeys.start(company.id());
            String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(j.caseNumber()).singleResult().getId();
            runtime.createProcessInstanceModification(pi).cancelAllForActivity(JourneyProcess.SERVICE_OPEN_SURVEY)
                    .startBeforeActivity(activity).setVariables(vars).execute();
            return j;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
