package se.kompetensresan.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * History level {@code full} without the history events nothing reads. The product reads historic process
 * instances, activity instances (the case file's timers, the fired follow-up), task instances (the inbox's finished
 * tasks, the last coach of a journey) and variable instances (the case file, a finished task's route), and Cockpit
 * shows incidents and decisions; the job log (one row per job created, run, failed or deleted, with the node that ran
 * it) is what operators of two nodes read to see which node did a job and why one failed, and the two-node test
 * counts it. Nothing reads the log of identity links (candidate groups and assignments, one row per change) or the
 * details of every variable update (one row per write, next to the variable's own historic row). Those are not
 * written. The level keeps the name and id of
 * {@code full}, so a database that says "full" starts as before and older rows stay where they are; every other
 * event is produced exactly as at {@code full}.
 */
@Configuration
class HistoryWithoutUnreadEvents {

    /** The events that are not written. */
    static final Set<HistoryEventType> NOT_READ = Set.of(
            HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.FORM_PROPERTY_UPDATE);

    /** {@code full}'s name and id; {@link #NOT_READ} left out. */
    static final class FullWithoutUnread extends HistoryLevelFull {
        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            return !NOT_READ.contains(eventType) && super.isHistoryEventProduced(eventType, entity);
        }
    }

    /**
     * Registered as a custom level: the engine picks the last level of the configured name ({@code full}), which is
     * this one; the database's stored level (id 3) matches it.
     */
    @Bean
    ProcessEnginePlugin fullHistoryWithoutUnreadEvents() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                        : new ArrayList<>(configuration.getCustomHistoryLevels());
                custom.add(new FullWithoutUnread());
                configuration.setCustomHistoryLevels(custom);
            }
        };
    }
}
