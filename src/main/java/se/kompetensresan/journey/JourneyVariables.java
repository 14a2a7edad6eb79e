package se.kompetensresan.journey;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.kompetensresan.journey.JourneyProcess.Var;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The process data accessor: the one class that knows the name and the type of every process variable.
 * Open it over a delegate's execution ({@link #of(VariableScope)}), a task ({@link #ofTask}), an
 * execution's local scope ({@link #ofExecutionLocal}) or a plain map for starting and completing
 * ({@link #newMap()}). Variables hold ids, flags and decision outputs only, never personal data.
 */
final class JourneyVariables {

    private final Function<String, Object> reader;
    private final BiConsumer<String, Object> writer;
    private final Map<String, Object> map;

    private JourneyVariables(Function<String, Object> reader, BiConsumer<String, Object> writer, Map<String, Object> map) {
        this.reader = reader;
        this.writer = writer;
        this.map = map;
    }

    static JourneyVariables of(VariableScope scope) {
        return new JourneyVariables(scope::getVariable, scope::setVariable, null);
    }

    /** Reads along the task's scope hierarchy; writes where the variable lives (else on the process instance). */
    static JourneyVariables ofTask(TaskService tasks, String taskId) {
        return new JourneyVariables(name -> tasks.getVariable(taskId, name), (n, v) -> tasks.setVariable(taskId, n, v), null);
    }

    /** Reads along the hierarchy; writes local to the execution (one multi-instance instance, for example). */
    static JourneyVariables ofExecutionLocal(RuntimeService runtime, String executionId) {
        return new JourneyVariables(name -> runtime.getVariable(executionId, name),
                (n, v) -> runtime.setVariableLocal(executionId, n, v), null);
    }

    /** A fresh variable map for starting a process or completing a task; hand {@link #asMap()} to the engine. */
    static JourneyVariables newMap() {
        Map<String, Object> m = new HashMap<>();
        return new JourneyVariables(m::get, m::put, m);
    }

    Map<String, Object> asMap() {
        if (map == null) {
            throw new IllegalStateException("not a map accessor");
        }
        return map;
    }

    // ---- ids of the company and its delprojekt (set at start)
    long companyId() {
        return requireLong(Var.COMPANY_ID);
    }

    JourneyVariables companyId(long id) {
        writer.accept(Var.COMPANY_ID, id);
        return this;
    }

    long subprojectId() {
        return requireLong(Var.SUBPROJECT_ID);
    }

    JourneyVariables subprojectId(long id) {
        writer.accept(Var.SUBPROJECT_ID, id);
        return this;
    }

    // ---- survey
    Long surveyResponseId() {
        return asLong(Var.SURVEY_RESPONSE_ID);
    }

    JourneyVariables surveyResponseId(long id) {
        writer.accept(Var.SURVEY_RESPONSE_ID, id);
        return this;
    }

    Long followUpResponseId() {
        return asLong(Var.FOLLOW_UP_RESPONSE_ID);
    }

    JourneyVariables followUpResponseId(long id) {
        writer.accept(Var.FOLLOW_UP_RESPONSE_ID, id);
        return this;
    }

    // ---- decision inputs
    Double averageGap() {
        Object v = reader.apply(Var.AVERAGE_GAP);
        return v == null ? null : ((Number) v).doubleValue();
    }

    JourneyVariables averageGap(double v) {
        writer.accept(Var.AVERAGE_GAP, v);
        return this;
    }

    Integer maxGap() {
        return asInt(Var.MAX_GAP);
    }

    JourneyVariables maxGap(int v) {
        writer.accept(Var.MAX_GAP, v);
        return this;
    }

    Integer strategicGap() {
        return asInt(Var.STRATEGIC_GAP);
    }

    JourneyVariables strategicGap(int v) {
        writer.accept(Var.STRATEGIC_GAP, v);
        return this;
    }

    Integer employees() {
        return asInt(Var.EMPLOYEES);
    }

    JourneyVariables employees(int v) {
        writer.accept(Var.EMPLOYEES, v);
        return this;
    }

    // ---- decision outputs and the coach's confirmation
    String proposedTrack() {
        return (String) reader.apply(Var.PROPOSED_TRACK);
    }

    Integer priorityGapThreshold() {
        return asInt(Var.PRIORITY_GAP_THRESHOLD);
    }

    /** Priority area codes (stored comma-separated). */
    List<String> priorityAreas() {
        Object v = reader.apply(Var.PRIORITY_AREAS);
        return v == null || v.toString().isBlank() ? List.of() : Arrays.stream(v.toString().split(",")).map(String::trim).toList();
    }

    JourneyVariables priorityAreas(List<String> codes) {
        writer.accept(Var.PRIORITY_AREAS, String.join(",", codes));
        return this;
    }

    String coachingTrack() {
        return (String) reader.apply(Var.COACHING_TRACK);
    }

    JourneyVariables coachingTrack(String track) {
        writer.accept(Var.COACHING_TRACK, track);
        return this;
    }

    // ---- coaching
    Long planId() {
        return asLong(Var.PLAN_ID);
    }

    JourneyVariables planId(long id) {
        writer.accept(Var.PLAN_ID, id);
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Long> plannedActivityIds() {
        Object v = reader.apply(Var.PLANNED_ACTIVITY_IDS);
        return v == null ? List.of() : ((List<Number>) v).stream().map(Number::longValue).toList();
    }

    JourneyVariables plannedActivityIds(List<Long> ids) {
        writer.accept(Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(ids));
        return this;
    }

    Boolean planApproved() {
        return (Boolean) reader.apply(Var.PLAN_APPROVED);
    }

    JourneyVariables planApproved(boolean approved) {
        writer.accept(Var.PLAN_APPROVED, approved);
        return this;
    }

    // ---- training (local to one multi-instance instance)
    Long plannedActivityId() {
        return asLong(Var.PLANNED_ACTIVITY_ID);
    }

    Long trainingActivityId() {
        return asLong(Var.TRAINING_ACTIVITY_ID);
    }

    JourneyVariables trainingActivityId(long id) {
        writer.accept(Var.TRAINING_ACTIVITY_ID, id);
        return this;
    }

    /** When the wait for the training's end is over: the day after the end date, 00:00 (ISO date-time). */
    String trainingEndsAt() {
        return (String) reader.apply(Var.TRAINING_ENDS_AT);
    }

    JourneyVariables trainingEndsAfter(LocalDate endDate) {
        writer.accept(Var.TRAINING_ENDS_AT, isoStartOfDayAfter(endDate));
        return this;
    }

    static String isoStartOfDayAfter(LocalDate endDate) {
        return endDate.plusDays(1) + "T00:00:00";
    }

    // ---- helpers
    private Long asLong(String name) {
        Object v = reader.apply(name);
        return v == null ? null : ((Number) v).longValue();
    }

    private long requireLong(String name) {
        Long v = asLong(name);
        if (v == null) {
            throw new IllegalStateException("process variable missing: " + name);
        }
        return v;
    }

    private Integer asInt(String name) {
        Object v = reader.apply(name);
        return v == null ? null : ((Number) v).intValue();
    }
}
