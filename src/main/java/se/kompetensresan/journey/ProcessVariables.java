package se.kompetensresan.journey;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The reading and writing under every process data accessor ({@link JourneyVariables}, the onboarding's
 * {@code ApplicationVariables}): where the variables come from (a delegate's scope, a task, one execution's local
 * scope, a map for starting or completing) and their conversion from what the engine stores. Each accessor adds
 * only its typed getters and setters.
 */
public abstract class ProcessVariables<S extends ProcessVariables<S>> {

    /** Where an accessor reads and writes. */
    public record Access(Function<String, Object> reader, BiConsumer<String, Object> writer, Map<String, Object> map) {

        public static Access of(VariableScope scope) {
            return new Access(scope::getVariable, scope::setVariable, null);
        }

        /** Reads along the task's scope hierarchy; writes where the variable lives (else on the process instance). */
        public static Access ofTask(TaskService tasks, String taskId) {
            return new Access(name -> tasks.getVariable(taskId, name), (n, v) -> tasks.setVariable(taskId, n, v), null);
        }

        /** Reads along the hierarchy; writes local to the execution (one multi-instance instance, for example). */
        public static Access ofExecutionLocal(RuntimeService runtime, String executionId) {
            return new Access(name -> runtime.getVariable(executionId, name),
                    (n, v) -> runtime.setVariableLocal(executionId, n, v), null);
        }

        /** A fresh map for starting a process or completing a task. */
        public static Access newMap() {
            Map<String, Object> m = new HashMap<>();
            return new Access(m::get, m::put, m);
        }

        /** Variables the engine already handed out (a task's variables, say): read only. */
        public static Access readOnly(Map<String, Object> values) {
            return new Access(values::get, (n, v) -> {
                throw new UnsupportedOperationException("read-only variables: " + n);
            }, null);
        }
    }

    private final Access access;

    protected ProcessVariables(Access access) {
        this.access = access;
    }

    /** The variables to hand to the engine (only for an accessor made with {@link Access#newMap()}). */
    public Map<String, Object> asMap() {
        if (access.map() == null) {
            throw new IllegalStateException("not a map accessor");
        }
        return access.map();
    }

    protected Object get(String name) {
        return access.reader().apply(name);
    }

    @SuppressWarnings("unchecked")
    protected S set(String name, Object value) {
        access.writer().accept(name, value);
        return (S) this;
    }

    protected Long asLong(String name) {
        Object v = get(name);
        return v == null ? null : ((Number) v).longValue();
    }

    protected long requireLong(String name) {
        Long v = asLong(name);
        if (v == null) {
            throw new IllegalStateException("process variable missing: " + name);
        }
        return v;
    }

    protected Integer asInt(String name) {
        Object v = get(name);
        return v == null ? null : ((Number) v).intValue();
    }

    protected Double asDouble(String name) {
        Object v = get(name);
        return v == null ? null : ((Number) v).doubleValue();
    }

    protected String asString(String name) {
        Object v = get(name);
        return v == null ? null : v.toString();
    }

    protected Boolean asBoolean(String name) {
        return (Boolean) get(name);
    }
}
