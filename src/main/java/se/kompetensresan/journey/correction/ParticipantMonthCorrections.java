package se.kompetensresan.journey.correction;

import se.kompetensresan.journey.JourneyProcess;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyProcess.Var;
import se.kompetensresan.participant.MonthCorrected;
import se.kompetensresan.participant.MonthDisputed;

import java.util.List;
import java.util.Map;

/**
 * A disputed participant-month becomes the company's task *Rätta deltagarens månad* in its inbox
 * (processes/ParticipantMonthCorrection.bpmn, one instance per dispute, business key "PM-&lt;id&gt;"); sending the
 * corrected month again completes it. Inside the publisher's transaction, like the journey's listeners. Ids only.
 */
@Component
@Transactional
class ParticipantMonthCorrections {

    private static final Logger LOG = LoggerFactory.getLogger(ParticipantMonthCorrections.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final CompanyService companies;

    ParticipantMonthCorrections(RuntimeService runtime, TaskService tasks, CompanyService companies) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.companies = companies;
    }

    static String businessKey(long participantMonthId) {
        return "PM-" + participantMonthId;
    }

    @EventListener
    void on(MonthDisputed e) {
        CompanyInfo c = companies.lookup(e.companyId()).orElseThrow();
        runtime.startProcessInstanceByKey(JourneyProcess.CORRECTION_PROCESS_ID, businessKey(e.participantMonthId()), Map.of(
                Var.COMPANY_ID, e.companyId(), Var.SUBPROJECT_ID, c.subprojectId(),
                Var.PARTICIPANT_ID, e.participantId(), Var.PARTICIPANT_MONTH_ID, e.participantMonthId()));
    }

    @EventListener
    void on(MonthCorrected e) {
        List<Task> waiting = tasks.createTaskQuery().processDefinitionKey(JourneyProcess.CORRECTION_PROCESS_ID)
                .processInstanceBusinessKey(businessKey(e.participantMonthId()))
                .taskDefinitionKey(JourneyProcess.TASK_CORRECT_PARTICIPANT_MONTH).list();
        if (waiting.isEmpty()) {
            LOG.warn("participant month {} corrected without a waiting correction task", e.participantMonthId());
        }
        waiting.forEach(t -> tasks.complete(t.getId()));
    }
}
