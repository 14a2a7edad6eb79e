package se.kompetensresan.journey;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Completes a user task as a user, taking it first when nobody has (so the history names who did it), in one engine
 * command: as two API calls the engine read the task, its executions and its process definition twice and wrote the
 * assignment on its own (task, historic task, historic activity, identity link) before the completion rewrote them.
 * The nested calls reuse the outer command's context, so they behave exactly as the two calls did, in the caller's
 * transaction. Module-internal (public only for {@code journey.inbox}).
 */
@Component
public class TaskCompleter {

    private final ProcessEngine engine;
    private final TaskService tasks;

    TaskCompleter(ProcessEngine engine, TaskService tasks) {
        this.engine = engine;
        this.tasks = tasks;
    }

    /** Sets the assignee when it is not null, then completes the task with the variables. */
    public void complete(String taskId, String assignee, Map<String, Object> variables) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> {
                    if (assignee != null) {
                        tasks.setAssignee(taskId, assignee);
                    }
                    tasks.complete(taskId, variables);
                    return null;
                });
    }
}
