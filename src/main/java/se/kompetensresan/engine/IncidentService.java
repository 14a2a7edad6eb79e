package se.kompetensresan.engine;

import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyService;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;

import java.util.Comparator;
import java.util.List;

/**
 * Incidents of the journey processes for administrators: a failed service task (its job out of retries)
 * is listed here and can be retried; the job executor then runs it again and the incident resolves when it
 * succeeds. Cockpit shows the same incidents.
 */
@Service
@Transactional
public class IncidentService {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentService.class);

    private final RuntimeService runtime;
    private final ManagementService management;
    private final JourneyService journeys;
    private final CurrentUser currentUser;

    IncidentService(RuntimeService runtime, ManagementService management, JourneyService journeys,
                    CurrentUser currentUser) {
        this.runtime = runtime;
        this.management = management;
        this.journeys = journeys;
        this.currentUser = currentUser;
    }

    /** The open incidents of journey processes, newest first (ADMIN). */
    @Transactional(readOnly = true)
    public List<IncidentInfo> openIncidents() {
        currentUser.requireRole(Role.ADMIN);
        return runtime.createIncidentQuery().list().stream()
                .map(this::toInfo)
                .sorted(Comparator.comparing(IncidentInfo::time).reversed()).toList();
    }

    /** Gives the incident's job one more retry (ADMIN); the job executor runs it again. */
    public void retry(String incidentId) {
        UserAccount u = currentUser.requireRole(Role.ADMIN);
        Incident i = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (i == null) {
            throw new UserMessageException("engine.incidents.error.gone");
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType()) || i.getConfiguration() == null) {
            throw new UserMessageException("engine.incidents.error.notAJob");
        }
        management.setJobRetries(i.getConfiguration(), 1);
        LOG.info("incident {} ({} in {}) retried by {}", incidentId, i.getActivityId(), i.getProcessInstanceId(), u.username());
    }

    private IncidentInfo toInfo(Incident i) {
        var pi = i.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(i.getProcessInstanceId()).singleResult();
        String caseNumber = pi == null ? null : pi.getBusinessKey();
        JourneyInfo j = journeys.journeyOfCase(caseNumber).orElse(null);
        Long companyId = j == null ? null : j.companyId();
        String companyName = j == null ? "" : j.companyName();
        return new IncidentInfo(i.getId(), caseNumber, companyId, companyName, i.getActivityId(),
                i.getIncidentMessage(), i.getIncidentTimestamp().toInstant(), i.getProcessInstanceId());
    }
}
