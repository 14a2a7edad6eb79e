package se.kompetensresan.participant;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.coaching.CoachingService;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.mail.TestMailbox;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.training.TrainingActivityForm;
import se.kompetensresan.training.TrainingService;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A world of its own per test (on {@link CoachingTestData}): company A with two training activities booked over the
 * whole of last month (and one the month before), and helpers to add participants and read their signing links
 * from the outbox, as a participant would.
 */
public class LedgerWorld {

    private static final AtomicInteger SEQ = new AtomicInteger(100);
    private static final Pattern LINK = Pattern.compile("/sign/([A-Za-z0-9_-]{43})");

    public final CoachingTestData w;
    /** Last month: every hour recorded in these tests lies in it (or in {@link #earlier}). */
    public final YearMonth month;
    public final YearMonth earlier;
    public final long activity1;
    public final long activity2;
    public final long earlierActivity;
    /** A planned action of company A that is not booked yet. */
    public final long unbookedAction;
    private final ParticipantService participants;
    private final AttendanceService attendance;
    private final ApplicationContext ctx;
    /** The texts delivered so far to each address (the outbox holds no link; the delivered mail does). */
    private final java.util.Map<String, List<String>> delivered = new java.util.HashMap<>();

    public LedgerWorld(ApplicationContext ctx) {
        w = new CoachingTestData(ctx);
        participants = ctx.getBean(ParticipantService.class);
        attendance = ctx.getBean(AttendanceService.class);
        this.ctx = ctx;
        TrainingService training = ctx.getBean(TrainingService.class);
        List<Long> planned = w.approvedPlanOfCompanyA(ctx.getBean(CoachingService.class), CompetenceAreas.WELDING,
                CompetenceAreas.LEAN, CompetenceAreas.CNC, CompetenceAreas.AUTOMATION);
        month = YearMonth.now().minusMonths(1);
        earlier = month.minusMonths(1);
        w.runAs(w.coachA);
        activity1 = training.bookActivity(planned.get(0), new TrainingActivityForm("Svets MIG/MAG", "Svetsskolan",
                "Karlskoga", month.atDay(1), month.atEndOfMonth(), 40)).id();
        activity2 = training.bookActivity(planned.get(1), new TrainingActivityForm("Lean i praktiken", "Lernia",
                "Karlskoga", month.atDay(1), month.atEndOfMonth(), 40)).id();
        earlierActivity = training.bookActivity(planned.get(2), new TrainingActivityForm("CNC grund", "Lernia",
                "Karlskoga", earlier.atDay(1), earlier.atEndOfMonth(), 40)).id();
        unbookedAction = planned.get(3);
        SecurityContextHolder.clearContext();
    }

    /** A unique valid personnummer of a woman or a man born 1985 (serial from a counter). */
    public static String pnr(boolean woman) {
        int serial = (SEQ.incrementAndGet() % 99 + 1) * 10 + (woman ? 2 : 1);
        return CoachingTestData.personnummer("19850315", serial);
    }

    /** Adds a participant of company A (as its user) starting two months before last month. */
    public ParticipantInfo participant(String name, boolean woman) {
        w.runAs(w.companyUserA);
        String email = name.toLowerCase().replace(' ', '.') + "." + w.key + "@example.se";
        ParticipantInfo p = participants.add(w.companyA.id(), new ParticipantForm(name, pnr(woman), false, null, email,
                earlier.minusMonths(1).atDay(1), "sv"));
        SecurityContextHolder.clearContext();
        return p;
    }

    /** Registers the participant on the activity and records hours on a day, as company A's user. */
    public void hours(long activityId, ParticipantInfo p, LocalDate day, String hours) {
        w.runAs(w.companyUserA);
        attendance.register(activityId, p.id());
        attendance.record(activityId, p.id(), day, hours);
        SecurityContextHolder.clearContext();
    }

    /** The token of the newest signing link in the participant's mail. */
    public String latestToken(ParticipantInfo p) {
        List<String> texts = delivered.computeIfAbsent(p.email(), k -> new java.util.ArrayList<>());
        texts.addAll(0, TestMailbox.deliver(ctx, p.email())); // newest first; the link is made as it is sent
        for (String text : texts) {
            Matcher x = LINK.matcher(text);
            if (x.find()) {
                return x.group(1);
            }
        }
        throw new AssertionError("no signing link sent to " + p.email());
    }

    public LocalDate day(int dayOfMonth) {
        return month.atDay(dayOfMonth);
    }
}
