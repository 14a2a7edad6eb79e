package se.kompetensresan.demo;

import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.participant.AttendanceService;
import se.kompetensresan.participant.LedgerRules;
import se.kompetensresan.participant.MonthStatus;
import se.kompetensresan.participant.ParticipantForm;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.participant.SigningService;
import se.kompetensresan.shared.Luhn;
import se.kompetensresan.training.TrainingActivityInfo;
import se.kompetensresan.training.TrainingService;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo companies' participants (about 20 % women, as in Smart Kompetens för industrin) and their hours:
 * attendance by date across the last three months, the previous months sent for signing through the outbox,
 * most of them signed through the link as a participant would, one disputed, one left unsigned, and the oldest
 * month locked by the manager as if included in a payment claim.
 */
@Component
class DemoParticipants {

    private static final List<String> WOMEN = List.of("Anna Karlsson", "Maria Eriksson", "Sara Johansson", "Elin Persson",
            "Karin Lindberg", "Emma Holm");
    private static final List<String> MEN = List.of("Erik Andersson", "Lars Nilsson", "Johan Larsson", "Per Olsson",
            "Anders Svensson", "Mikael Gustafsson", "Karl Berg", "Nils Lund", "Oskar Sandberg", "Jonas Ek",
            "Magnus Holmberg", "Fredrik Strand");
    private static final Pattern LINK = Pattern.compile("/sign/([A-Za-z0-9_-]{43})");
    static final String MANAGER = "manager";

    private final RunAs runAs;
    private final ParticipantService participants;
    private final AttendanceService attendance;
    private final SigningService signing;
    private final TrainingService training;
    private final Clock clock;

    DemoParticipants(RunAs runAs, ParticipantService participants, AttendanceService attendance, SigningService signing,
                     TrainingService training, Clock clock) {
        this.runAs = runAs;
        this.participants = participants;
        this.attendance = attendance;
        this.signing = signing;
        this.training = training;
        this.clock = clock;
    }

    /** The first day of the long demo activity: the first of the month three months back. */
    LocalDate longActivityStart() {
        return YearMonth.now(clock).minusMonths(3).atDay(1);
    }

    /** Registers {@code count} participants of the company (every fifth a woman). */
    List<ParticipantInfo> register(CompanyInfo c, String companyUser, int count, int seed) {
        List<ParticipantInfo> list = new ArrayList<>();
        String domain = c.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
        for (int k = 0; k < count; k++) {
            boolean woman = k % 5 == 1;
            int n = seed * 17 + k;
            String name = woman ? WOMEN.get(n % WOMEN.size()) : MEN.get(n % MEN.size());
            String email = name.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                    .replace(' ', '.') + "@" + domain;
            String pnr = personnummer(1965 + (n * 7) % 35, n, woman);
            ParticipantForm np = new ParticipantForm(name, pnr, false, null, email, longActivityStart().minusDays(7),
                    k % 7 == 3 ? "en" : "sv");
            list.add(as(companyUser, () -> participants.add(c.id(), np)));
        }
        return list;
    }

    /**
     * Registers the participants on the activities and records their hours: on the long first activity 3–4 hours every
     * Tuesday and Thursday, on the short ones 6 hours a day for the first four participants.
     */
    void recordHours(String companyUser, List<ParticipantInfo> people, List<Long> activityIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Map<LocalDate, Integer>> perDay = new HashMap<>();
        for (int i = 0; i < activityIds.size(); i++) {
            long activityId = activityIds.get(i);
            TrainingActivityInfo a = as(companyUser, () -> training.activity(activityId));
            List<ParticipantInfo> on = i == 0 ? people : people.subList(0, Math.min(4, people.size()));
            for (int k = 0; k < on.size(); k++) {
                ParticipantInfo p = on.get(k);
                as(companyUser, () -> {
                    attendance.register(activityId, p.id());
                    return null;
                });
                for (LocalDate d = a.startDate(); !d.isAfter(a.endDate()) && !d.isAfter(today); d = d.plusDays(1)) {
                    boolean day = i == 0 ? d.getDayOfWeek() == DayOfWeek.TUESDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY
                            : d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
                    if (!day) {
                        continue;
                    }
                    // at most 13 hours a day over all activities (the ledger's rule): the later ones get what is left
                    Map<LocalDate, Integer> used = perDay.computeIfAbsent(p.id(), x -> new HashMap<>());
                    int hours = Math.min(i == 0 ? 3 + (k + d.getDayOfMonth()) % 2 : 6,
                            LedgerRules.MAX_HOURS_PER_DAY - used.getOrDefault(d, 0));
                    if (hours <= 0) {
                        continue;
                    }
                    used.merge(d, hours, Integer::sum);
                    LocalDate date = d;
                    as(companyUser, () -> attendance.record(activityId, p.id(), date, String.valueOf(hours)));
                }
            }
        }
    }

    /**
     * The previous three months are sent; each participant answers through the link in their e-mail: all sign, except
     * in last month the first participant of {@code disputer} (disputes) and the second of {@code idle} (does not
     * answer). Then the manager locks the oldest month.
     */
    void signPreviousMonths(long projectId, List<ParticipantInfo> disputer, List<ParticipantInfo> idle,
                            List<ParticipantInfo> others) {
        List<ParticipantInfo> everyone = new ArrayList<>(disputer);
        everyone.addAll(idle);
        everyone.addAll(others);
        YearMonth current = YearMonth.now(clock);
        for (int back = 3; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            signing.createMonthlyRequests(month);
            for (ParticipantInfo p : everyone) {
                Optional<String> token = signingToken(p, month);
                if (token.isEmpty() || !signing.linkValid(token.get())) {
                    continue;
                }
                if (back == 1 && !disputer.isEmpty() && p.id() == disputer.get(0).id()) {
                    signing.dispute(token.get(), p.email(), "Jag var sjuk den andra tisdagen och var inte på kursen.");
                } else if (back == 1 && idle.size() > 1 && p.id() == idle.get(1).id()) {
                    continue;
                } else {
                    signing.sign(token.get(), p.email());
                }
            }
        }
        YearMonth oldest = current.minusMonths(3);
        as(MANAGER, () -> signing.lockMonth(projectId, oldest));
    }

    /**
     * The participant's link for the month as their mailbox would get it: made the way the outbox makes it when it
     * sends the mail (the outbox itself holds no link), as the manager who may see the company.
     */
    private Optional<String> signingToken(ParticipantInfo p, YearMonth month) {
        return as(MANAGER, () -> signing.monthsOf(p.id())).stream()
                .filter(m -> m.month().equals(month) && m.status() == MonthStatus.SENT).findFirst()
                .map(m -> LINK.matcher(signing.newSigningLink(m.id()))).filter(Matcher::find).map(x -> x.group(1));
    }

    /** A valid personnummer YYYYMMDDNNNC; the ninth digit is even for a woman, odd for a man. */
    static String personnummer(int year, int n, boolean woman) {
        String date = String.format("%04d%02d%02d", year, 1 + n % 12, 1 + n % 28);
        int serial = 20 + (n * 3) % 70;
        int genderDigit = woman ? (n % 5) * 2 : (n % 5) * 2 + 1;
        String nine = date.substring(2) + String.format("%02d", serial) + genderDigit;
        for (int check = 0; check <= 9; check++) {
            if (Luhn.valid(nine + check)) {
                return date + "-" + nine.substring(6) + check;
            }
        }
        throw new IllegalStateException();
    }

    private <T> T as(String username, Supplier<T> work) {
        return runAs.as(username, work);
    }
}
