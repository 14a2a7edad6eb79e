package se.kompetensresan.journey;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import se.kompetensresan.journey.ApplicationProcess.Var;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The process data accessor of {@code CompanyApplication}: the one class that knows the name and type of its
 * variables. Ids, numbers, flags and decision outputs only, never personal data.
 */
final class ApplicationVariables {

    private final Function<String, Object> reader;
    private final BiConsumer<String, Object> writer;
    private final Map<String, Object> map;

    private ApplicationVariables(Function<String, Object> reader, BiConsumer<String, Object> writer, Map<String, Object> map) {
        this.reader = reader;
        this.writer = writer;
        this.map = map;
    }

    static ApplicationVariables of(VariableScope scope) {
        return new ApplicationVariables(scope::getVariable, scope::setVariable, null);
    }

    static ApplicationVariables ofTask(TaskService tasks, String taskId) {
        return new ApplicationVariables(name -> tasks.getVariable(taskId, name), (n, v) -> tasks.setVariable(taskId, n, v), null);
    }

    static ApplicationVariables newMap() {
        Map<String, Object> m = new HashMap<>();
        return new ApplicationVariables(m::get, m::put, m);
    }

    Map<String, Object> asMap() {
        if (map == null) {
            throw new IllegalStateException("not a map accessor");
        }
        return map;
    }

    long applicationId() {
        Long v = asLong(Var.APPLICATION_ID);
        if (v == null) {
            throw new IllegalStateException("process variable missing: " + Var.APPLICATION_ID);
        }
        return v;
    }

    ApplicationVariables applicationId(long id) {
        writer.accept(Var.APPLICATION_ID, id);
        return this;
    }

    Long projectId() {
        return asLong(Var.PROJECT_ID);
    }

    ApplicationVariables projectId(long id) {
        writer.accept(Var.PROJECT_ID, id);
        return this;
    }

    /** The delprojekt covering the company's municipality; null when outside the project's area. */
    Long subprojectId() {
        return asLong(Var.SUBPROJECT_ID);
    }

    ApplicationVariables subprojectId(Long id) {
        writer.accept(Var.SUBPROJECT_ID, id);
        return this;
    }

    // ---- decision inputs
    Integer employees() {
        Object v = reader.apply(Var.EMPLOYEES);
        return v == null ? null : ((Number) v).intValue();
    }

    ApplicationVariables employees(Integer v) {
        writer.accept(Var.EMPLOYEES, v);
        return this;
    }

    Integer sniDivision() {
        Object v = reader.apply(Var.SNI_DIVISION);
        return v == null ? null : ((Number) v).intValue();
    }

    ApplicationVariables sniDivision(Integer v) {
        writer.accept(Var.SNI_DIVISION, v);
        return this;
    }

    Boolean sectorListMatch() {
        return (Boolean) reader.apply(Var.SECTOR_LIST_MATCH);
    }

    ApplicationVariables sectorListMatch(boolean v) {
        writer.accept(Var.SECTOR_LIST_MATCH, v);
        return this;
    }

    Boolean municipalityInArea() {
        return (Boolean) reader.apply(Var.MUNICIPALITY_IN_AREA);
    }

    ApplicationVariables municipalityInArea(boolean v) {
        writer.accept(Var.MUNICIPALITY_IN_AREA, v);
        return this;
    }

    // ---- decision outputs and the manager's verdict
    String outcome() {
        return (String) reader.apply(Var.OUTCOME);
    }

    ApplicationVariables outcome(String v) {
        writer.accept(Var.OUTCOME, v);
        return this;
    }

    String reasonKey() {
        return (String) reader.apply(Var.REASON_KEY);
    }

    ApplicationVariables reasonKey(String v) {
        writer.accept(Var.REASON_KEY, v);
        return this;
    }

    Boolean approved() {
        return (Boolean) reader.apply(Var.APPROVED);
    }

    ApplicationVariables approved(boolean v) {
        writer.accept(Var.APPROVED, v);
        return this;
    }

    private Long asLong(String name) {
        Object v = reader.apply(name);
        return v == null ? null : ((Number) v).longValue();
    }
}
