package se.kompetensresan.participant;

import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.RetentionSettings;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a register extract (GDPR art. 15) about one participant, in the participant's language: identity
 * (with the full personnummer: the extract is for the person themself), employer and project, registrations,
 * attended days, months with their trail, adjustments, the access log entries that name them, and what the data
 * is for and how long it is kept. Plain UTF-8 text: it opens on any phone or computer, prints as it is and can be
 * attached to the project office's reply. No user check: {@link ParticipantService#extract} checks.
 */
@Component
class RegisterExtractWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ParticipantMonthRepository months;
    private final MonthEventRepository trail;
    private final AttendanceDayRepository days;
    private final HoursAdjustmentRepository adjustments;
    private final RegistrationRepository registrations;
    private final PersonalNumberAccessRepository accessLog;
    private final CompanyProjects companyProjects;
    private final ProjectService projects;
    private final TrainingService training;
    private final RetentionSettings retention;
    private final BundleI18NProvider i18n;
    private final Clock clock;

    RegisterExtractWriter(ParticipantMonthRepository months, MonthEventRepository trail, AttendanceDayRepository days,
                          HoursAdjustmentRepository adjustments, RegistrationRepository registrations,
                          PersonalNumberAccessRepository accessLog, CompanyProjects companyProjects,
                          ProjectService projects, TrainingService training, RetentionSettings retention,
                          BundleI18NProvider i18n, Clock clock) {
        this.months = months;
        this.trail = trail;
        this.days = days;
        this.adjustments = adjustments;
        this.registrations = registrations;
        this.accessLog = accessLog;
        this.companyProjects = companyProjects;
        this.projects = projects;
        this.training = training;
        this.retention = retention;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** The extract; {@code number} is the formatted personnummer, null for skyddad identitet. */
    String write(Participant p, String number, String preparedBy) {
        Locale locale = "en".equals(p.language) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH;
        Out o = new Out(locale);
        CompanyInfo company = companyProjects.company(p.companyId);
        Optional<SubprojectInfo> sub = projects.subproject(company.subprojectId());
        Optional<ProjectInfo> project = sub.flatMap(s -> projects.project(s.projectId()));

        o.line("participant.extract.title");
        o.line("participant.extract.prepared", time(clock.instant()), preparedBy);
        o.line("participant.extract.controller", project.map(ProjectInfo::ownerOrganisation).orElse("–"),
                project.map(ProjectInfo::name).orElse("–"));
        o.blank();

        o.heading("participant.extract.identity");
        o.field("participant.extract.name", p.name);
        o.field("participant.extract.number", number != null ? number
                : p.protectedIdentity ? o.t("participant.protected.short") : "–");
        o.field("participant.extract.gender", o.t("participant.gender." + p.gender));
        o.field("participant.extract.birthYear", p.birthYear == null ? "–" : String.valueOf(p.birthYear));
        o.field("participant.extract.ageBand", p.ageBand == null ? "–" : o.t("participant.ageBand." + p.ageBand));
        o.field("participant.extract.email", p.email);
        o.field("participant.extract.language", "en".equals(p.language) ? "English" : "svenska");
        o.field("participant.extract.start", p.startDate);
        o.field("participant.extract.end", p.endDate == null ? "–" : p.endDate + " (" + o.t("participant.endReason." + p.endReason) + ")");
        o.field("participant.extract.registeredBy", p.createdBy + ", " + time(p.createdAt));
        o.blank();

        o.heading("participant.extract.employer");
        o.field("participant.extract.company", company.name());
        o.field("participant.extract.organisationNumber", company.organisationNumber().formatted());
        o.field("participant.extract.subproject", sub.map(SubprojectInfo::name).orElse("–"));
        o.blank();

        Map<Long, String> courses = new HashMap<>();
        o.heading("participant.extract.registrations");
        List<Registration> regs = registrations.findByParticipantIdOrderById(p.id);
        for (Registration r : regs) {
            Optional<TrainingActivityInfo> a = training.lookup(r.activityId);
            o.item("participant.extract.registration", a.map(TrainingActivityInfo::courseName).orElse("?"),
                    a.map(TrainingActivityInfo::provider).orElse("?"), a.map(x -> x.startDate() + "–" + x.endDate()).orElse("?"),
                    r.registeredBy, time(r.registeredAt));
        }
        o.noneIf(regs.isEmpty());

        o.heading("participant.extract.days");
        List<AttendanceDay> attended = days.findByParticipantIdOrderByDay(p.id);
        for (AttendanceDay d : attended) {
            o.item("participant.extract.day", d.day, course(courses, d.activityId), d.hours, d.recordedBy, time(d.recordedAt));
        }
        o.noneIf(attended.isEmpty());

        o.heading("participant.extract.months");
        List<ParticipantMonth> list = months.findByParticipantIdOrderByLedgerMonthDesc(p.id);
        List<ParticipantMonth> oldestFirst = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(oldestFirst);
        for (ParticipantMonth m : oldestFirst) {
            o.item("participant.extract.month", m.ledgerMonth, o.t("participant.monthStatus." + m.status), m.hours,
                    m.signedHours == null ? "–" : String.valueOf(m.signedHours));
            if (m.disputeComment != null) {
                o.sub("participant.extract.disputeComment", m.disputeComment);
            }
            for (MonthEvent e : trail.findByParticipantMonthIdOrderById(m.id)) {
                o.sub("participant.extract.event", time(e.at), o.t("participant.event." + e.type),
                        e.actor.startsWith("participant:") ? o.t("participant.extract.you") : e.actor,
                        e.hours == null ? "–" : String.valueOf(e.hours), e.comment == null ? "" : e.comment);
            }
        }
        o.noneIf(list.isEmpty());

        o.heading("participant.extract.adjustments");
        List<HoursAdjustment> adj = adjustments.findByParticipantIdOrderById(p.id);
        for (HoursAdjustment a : adj) {
            o.item("participant.extract.adjustment", a.ledgerMonth, a.originalMonth, course(courses, a.activityId), a.hours,
                    a.reason, a.createdBy, time(a.createdAt));
        }
        o.noneIf(adj.isEmpty());

        o.heading("participant.extract.accessLog");
        List<PersonalNumberAccess> log = accessLog.naming(String.valueOf(p.id));
        for (PersonalNumberAccess a : log) {
            o.item("participant.extract.access", time(a.at), a.actor, a.purpose);
        }
        o.noneIf(log.isEmpty());

        o.heading("participant.extract.purposeHeading");
        o.line("participant.extract.purpose");
        long years = Math.max(1, retention.of(RetentionSettings.Kind.participants,
                project.map(ProjectInfo::id).orElse(null)).toDays() / 365);
        o.line("participant.extract.retention", years);
        o.line("participant.extract.rights");
        return o.text.toString();
    }

    private String course(Map<Long, String> cache, long activityId) {
        return cache.computeIfAbsent(activityId, id -> training.lookup(id).map(TrainingActivityInfo::courseName).orElse("?"));
    }

    private String time(Instant at) {
        return at == null ? "–" : TIME.format(at.atZone(zone()));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The file's name: no name or number of the person in it (it shows in the browser's download list). */
    String fileName(Participant p) {
        return "Registerutdrag_deltagare-" + p.id + "_" + LocalDate.now(clock) + ".txt";
    }

    private final class Out {
        final StringBuilder text = new StringBuilder();
        final Locale locale;

        Out(Locale locale) {
            this.locale = locale;
        }

        String t(String key, Object... args) {
            return i18n.getTranslation(key, locale, args);
        }

        void line(String key, Object... args) {
            text.append(t(key, args)).append('\n');
        }

        void blank() {
            text.append('\n');
        }

        void heading(String key) {
            String h = t(key);
            text.append(h).append('\n').append("-".repeat(h.length())).append('\n');
        }

        void field(String key, Object value) {
            text.append(t(key)).append(": ").append(value == null ? "–" : value).append('\n');
        }

        void item(String key, Object... args) {
            text.append("- ").append(t(key, args)).append('\n');
        }

        void sub(String key, Object... args) {
            text.append("    ").append(t(key, args).strip()).append('\n');
        }

        void noneIf(boolean none) {
            if (none) {
                line("participant.extract.none");
            }
            blank();
        }
    }
}
