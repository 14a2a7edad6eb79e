package se.kompetensresan.reporting.ui;

import com.vaadin.flow.router.QueryParameters;
import se.kompetensresan.journey.JourneyPhase;
import se.kompetensresan.participant.AgeBand;
import se.kompetensresan.reporting.ParticipantQuery;
import se.kompetensresan.reporting.ParticipantState;
import se.kompetensresan.reporting.ReportFilter;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.Gender;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's filter and drill-downs in the address ({@code ?project=1&from=2026-04-01&to=2026-06-30&gender=WOMAN}),
 * so that every figure is a plain link and a list can be bookmarked. A value that is not well-formed is refused like
 * a foreign id (the refusal page, a line in the tenancy log); whether the user may see it is the service's check.
 */
final class FilterParams {

    private FilterParams() {
    }

    static Optional<ReportFilter> filter(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        if (!p.containsKey("project")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReportFilter(number(p, "project"), optionalNumber(p, "subproject"),
                    text(p, "county", "\\d{2}"), LocalDate.parse(text(p, "from", "\\d{4}-\\d{2}-\\d{2}")),
                    LocalDate.parse(text(p, "to", "\\d{4}-\\d{2}-\\d{2}"))));
        } catch (RuntimeException e) {
            throw new AccessRefusedException("bad dashboard filter: " + abbreviate(q.getQueryString()));
        }
    }

    static ParticipantQuery participantQuery(QueryParameters q) {
        Map<String, List<String>> p = q.getParameters();
        try {
            String state = text(p, "state", "[A-Z]{1,10}");
            String gender = text(p, "gender", "[A-Z]{1,10}");
            String band = text(p, "age", "[A-Z0-9_]{1,20}");
            String month = text(p, "month", "\\d{4}-\\d{2}");
            String figure = text(p, "figure", "[A-Z]{1,10}");
            return new ParticipantQuery(state == null ? ParticipantState.TOTAL : ParticipantState.valueOf(state),
                    gender == null ? null : Gender.valueOf(gender), band == null ? null : AgeBand.valueOf(band),
                    month == null ? null : YearMonth.parse(month),
                    figure == null ? null : ParticipantQuery.MonthFigure.valueOf(figure));
        } catch (RuntimeException e) {
            throw new AccessRefusedException("bad participant drill-down: " + abbreviate(q.getQueryString()));
        }
    }

    static JourneyPhase phase(QueryParameters q) {
        try {
            String phase = text(q.getParameters(), "phase", "[A-Z_]{1,20}");
            return phase == null ? null : JourneyPhase.valueOf(phase);
        } catch (RuntimeException e) {
            throw new AccessRefusedException("bad phase: " + abbreviate(q.getQueryString()));
        }
    }

    static Map<String, String> of(ReportFilter f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("project", String.valueOf(f.projectId()));
        if (f.subprojectId() != null) {
            m.put("subproject", String.valueOf(f.subprojectId()));
        }
        if (f.countyCode() != null) {
            m.put("county", f.countyCode());
        }
        m.put("from", f.from().toString());
        m.put("to", f.to().toString());
        return m;
    }

    static String href(String path, ReportFilter f, Map<String, String> more) {
        Map<String, String> m = of(f);
        m.putAll(more);
        return path + "?" + QueryParameters.simple(m).getQueryString();
    }

    static String participants(ReportFilter f, ParticipantState state, Gender gender, AgeBand band) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("state", state.name());
        if (gender != null) {
            m.put("gender", gender.name());
        }
        if (band != null) {
            m.put("age", band.name());
        }
        return href("dashboard/participants", f, m);
    }

    static String monthParticipants(ReportFilter f, YearMonth month, ParticipantQuery.MonthFigure figure, Gender gender) {
        return href("dashboard/participants", f, Map.of("month", month.toString(), "figure", figure.name(),
                "gender", gender.name()));
    }

    static String companies(ReportFilter f, JourneyPhase phase) {
        return href("dashboard/companies", f, phase == null ? Map.of() : Map.of("phase", phase.name()));
    }

    private static long number(Map<String, List<String>> p, String name) {
        String s = text(p, name, "\\d{1,18}");
        if (s == null) {
            throw new IllegalArgumentException(name);
        }
        return Long.parseLong(s);
    }

    private static Long optionalNumber(Map<String, List<String>> p, String name) {
        String s = text(p, name, "\\d{1,18}");
        return s == null ? null : Long.parseLong(s);
    }

    private static String text(Map<String, List<String>> p, String name, String pattern) {
        List<String> v = p.get(name);
        if (v == null || v.isEmpty() || v.get(0).isEmpty()) {
            return null;
        }
        if (v.size() > 1 || !v.get(0).matches(pattern)) {
            throw new IllegalArgumentException(name);
        }
        return v.get(0);
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
