package se.kompetensresan.journey;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.kompetensresan.journey.JourneyProcess.Var;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The process data accessor: the one class that knows the name and the type of every process variable.
 * Open it over a delegate's execution ({@link #of(VariableScope)}), a task ({@link #ofTask}), an
 * execution's local scope ({@link #ofExecutionLocal}) or a plain map for starting and completing
 * ({@link #newMap()}). Variables hold ids, flags and decision outputs only, never personal data.
 */
public final class JourneyVariables extends ProcessVariables<JourneyVariables> {

    private JourneyVariables(Access access) {
        super(access);
    }

    public static JourneyVariables of(VariableScope scope) {
        return new JourneyVariables(Access.of(scope));
    }

    public static JourneyVariables ofTask(TaskService tasks, String taskId) {
        return new JourneyVariables(Access.ofTask(tasks, taskId));
    }

    public static JourneyVariables ofExecutionLocal(RuntimeService runtime, String executionId) {
        return new JourneyVariables(Access.ofExecutionLocal(runtime, executionId));
    }

    /** Over variables the engine already handed out (read only). */
    public static JourneyVariables readOnly(Map<String, Object> values) {
        return new JourneyVariables(Access.readOnly(values));
    }

    /** A fresh variable map for starting a process or completing a task; hand {@link #asMap()} to the engine. */
    public static JourneyVariables newMap() {
        return new JourneyVariables(Access.newMap());
    }

    // ---- ids of the company and its delprojekt (set at start)
    public long companyId() {
        return requireLong(Var.COMPANY_ID);
    }

    public JourneyVariables companyId(long id) {
        return set(Var.COMPANY_ID, id);
    }

    public long subprojectId() {
        return requireLong(Var.SUBPROJECT_ID);
    }

    public JourneyVariables subprojectId(long id) {
        return set(Var.SUBPROJECT_ID, id);
    }

    // ---- survey
    public Long surveyResponseId() {
        return asLong(Var.SURVEY_RESPONSE_ID);
    }

    public JourneyVariables surveyResponseId(long id) {
        return set(Var.SURVEY_RESPONSE_ID, id);
    }

    public Long followUpResponseId() {
        return asLong(Var.FOLLOW_UP_RESPONSE_ID);
    }

    public JourneyVariables followUpResponseId(long id) {
        return set(Var.FOLLOW_UP_RESPONSE_ID, id);
    }

    // ---- decision inputs
    public Double averageGap() {
        return asDouble(Var.AVERAGE_GAP);
    }

    public JourneyVariables averageGap(double v) {
        return set(Var.AVERAGE_GAP, v);
    }

    public Integer maxGap() {
        return asInt(Var.MAX_GAP);
    }

    public JourneyVariables maxGap(int v) {
        return set(Var.MAX_GAP, v);
    }

    public Integer strategicGap() {
        return asInt(Var.STRATEGIC_GAP);
    }

    public JourneyVariables strategicGap(int v) {
        return set(Var.STRATEGIC_GAP, v);
    }

    public Integer employees() {
        return asInt(Var.EMPLOYEES);
    }

    public JourneyVariables employees(int v) {
        return set(Var.EMPLOYEES, v);
    }

    // ---- decision outputs and the coach's confirmation
    public String proposedTrack() {
        return asString(Var.PROPOSED_TRACK);
    }

    public Integer priorityGapThreshold() {
        return asInt(Var.PRIORITY_GAP_THRESHOLD);
    }

    /** Priority area codes (stored comma-separated). */
    public List<String> priorityAreas() {
        Object v = get(Var.PRIORITY_AREAS);
        return v == null || v.toString().isBlank() ? List.of() : Arrays.stream(v.toString().split(",")).map(String::trim).toList();
    }

    public JourneyVariables priorityAreas(List<String> codes) {
        return set(Var.PRIORITY_AREAS, String.join(",", codes));
    }

    public String coachingTrack() {
        return asString(Var.COACHING_TRACK);
    }

    public JourneyVariables coachingTrack(String track) {
        return set(Var.COACHING_TRACK, track);
    }

    // ---- coaching
    public Long planId() {
        return asLong(Var.PLAN_ID);
    }

    public JourneyVariables planId(long id) {
        return set(Var.PLAN_ID, id);
    }

    @SuppressWarnings("unchecked")
    public List<Long> plannedActivityIds() {
        Object v = get(Var.PLANNED_ACTIVITY_IDS);
        return v == null ? List.of() : ((List<Number>) v).stream().map(Number::longValue).toList();
    }

    public JourneyVariables plannedActivityIds(List<Long> ids) {
        return set(Var.PLANNED_ACTIVITY_IDS, new ArrayList<>(ids));
    }

    public Boolean planApproved() {
        return asBoolean(Var.PLAN_APPROVED);
    }

    public JourneyVariables planApproved(boolean approved) {
        return set(Var.PLAN_APPROVED, approved);
    }

    // ---- training (local to one multi-instance instance)
    public Long plannedActivityId() {
        return asLong(Var.PLANNED_ACTIVITY_ID);
    }

    /** The participant of a disputed month (ParticipantMonthCorrection). */
    public Long participantId() {
        return asLong(Var.PARTICIPANT_ID);
    }

    public Long trainingActivityId() {
        return asLong(Var.TRAINING_ACTIVITY_ID);
    }

    public JourneyVariables trainingActivityId(long id) {
        return set(Var.TRAINING_ACTIVITY_ID, id);
    }

    /** When the wait for the training's end is over: the day after the end date, 00:00 (ISO date-time). */
    public String trainingEndsAt() {
        return asString(Var.TRAINING_ENDS_AT);
    }

    public JourneyVariables trainingEndsAfter(LocalDate endDate) {
        return set(Var.TRAINING_ENDS_AT, isoStartOfDayAfter(endDate));
    }

    public static String isoStartOfDayAfter(LocalDate endDate) {
        return endDate.plusDays(1) + "T00:00:00";
    }

}
