package se.kompetensresan.onboarding;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.kompetensresan.journey.ProcessVariables;
import se.kompetensresan.onboarding.ApplicationProcess.Var;

import java.util.Map;

/**
 * The process data accessor of {@code CompanyApplication}: the one class that knows the name and type of its
 * variables. Ids, numbers, flags and decision outputs only, never personal data.
 */
final class ApplicationVariables extends ProcessVariables<ApplicationVariables> {

    private ApplicationVariables(Access access) {
        super(access);
    }

    static ApplicationVariables of(VariableScope scope) {
        return new ApplicationVariables(Access.of(scope));
    }

    static ApplicationVariables ofTask(TaskService tasks, String taskId) {
        return new ApplicationVariables(Access.ofTask(tasks, taskId));
    }

    /** A fresh variable map for starting a process or completing a task; hand {@link #asMap()} to the engine. */
    static ApplicationVariables newMap() {
        return new ApplicationVariables(Access.newMap());
    }

    long applicationId() {
        return requireLong(Var.APPLICATION_ID);
    }

    ApplicationVariables applicationId(long id) {
        return set(Var.APPLICATION_ID, id);
    }

    Long projectId() {
        return asLong(Var.PROJECT_ID);
    }

    ApplicationVariables projectId(long id) {
        return set(Var.PROJECT_ID, id);
    }

    /** The delprojekt covering the company's municipality; null when outside the project's area. */
    Long subprojectId() {
        return asLong(Var.SUBPROJECT_ID);
    }

    ApplicationVariables subprojectId(Long id) {
        return set(Var.SUBPROJECT_ID, id);
    }

    // ---- decision inputs
    Integer employees() {
        return asInt(Var.EMPLOYEES);
    }

    ApplicationVariables employees(Integer v) {
        return set(Var.EMPLOYEES, v);
    }

    Integer sniDivision() {
        return asInt(Var.SNI_DIVISION);
    }

    ApplicationVariables sniDivision(Integer v) {
        return set(Var.SNI_DIVISION, v);
    }

    Boolean sectorListMatch() {
        return asBoolean(Var.SECTOR_LIST_MATCH);
    }

    ApplicationVariables sectorListMatch(boolean v) {
        return set(Var.SECTOR_LIST_MATCH, v);
    }

    Boolean municipalityInArea() {
        return asBoolean(Var.MUNICIPALITY_IN_AREA);
    }

    ApplicationVariables municipalityInArea(boolean v) {
        return set(Var.MUNICIPALITY_IN_AREA, v);
    }

    // ---- decision outputs and the manager's verdict
    String outcome() {
        return asString(Var.OUTCOME);
    }

    ApplicationVariables outcome(String v) {
        return set(Var.OUTCOME, v);
    }

    String reasonKey() {
        return asString(Var.REASON_KEY);
    }

    ApplicationVariables reasonKey(String v) {
        return set(Var.REASON_KEY, v);
    }

    Boolean approved() {
        return asBoolean(Var.APPROVED);
    }

    ApplicationVariables approved(boolean v) {
        return set(Var.APPROVED, v);
    }

}
