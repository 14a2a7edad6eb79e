package se.kompetensresan.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;

/**
 * How long each kind of personal data is kept ({@code kompetensresan.retention.*}), with a per-project override
 * ({@code kompetensresan.retention.projects.<projectId>.<kind>}). What ESF needs to see (participants, attachments,
 * the journey's audit log) defaults to the funder's archiving period of ten years; the rest is short.
 * A nightly job per module ({@code cron}) anonymises or deletes what is due.
 */
@ConfigurationProperties("kompetensresan.retention")
public record RetentionSettings(@DefaultValue("0 30 2 * * *") String cron,
                                @DefaultValue("P3650D") Duration participants,
                                @DefaultValue("P365D") Duration refusedApplications,
                                @DefaultValue("P7D") Duration unconfirmedApplications,
                                @DefaultValue("P30D") Duration outboxBodies,
                                @DefaultValue("P3650D") Duration attachments,
                                @DefaultValue("P3650D") Duration auditLog,
                                @DefaultValue Map<Long, Map<String, Duration>> projects) {

    /** The kinds, as named in the per-project overrides. */
    public enum Kind { participants, refusedApplications, unconfirmedApplications, outboxBodies, attachments, auditLog }

    /** The period of a kind in a project (its override, else the installation's default). */
    public Duration of(Kind kind, Long projectId) {
        if (projectId != null && projects != null && projects.containsKey(projectId)) {
            Duration d = projects.get(projectId).get(kind.name());
            if (d == null) {
                d = projects.get(projectId).get(kebab(kind.name()));
            }
            if (d != null) {
                return d;
            }
        }
        return switch (kind) {
            case participants -> participants;
            case refusedApplications -> refusedApplications;
            case unconfirmedApplications -> unconfirmedApplications;
            case outboxBodies -> outboxBodies;
            case attachments -> attachments;
            case auditLog -> auditLog;
        };
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
