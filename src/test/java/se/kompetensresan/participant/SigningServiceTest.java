package se.kompetensresan.participant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.mail.MailService;
import se.kompetensresan.mail.OutboxInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.UserMessageException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The monthly signing: the job, the one-time link without an account, disputes and their correction. */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
class SigningServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    SigningService signing;
    @Autowired
    MailService mail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParticipantSettings settings;
    @Autowired
    ApplicationEvents events;

    LedgerWorld world;
    CoachingTestData w;
    ParticipantInfo anna;
    ParticipantInfo bo;

    @BeforeEach
    void setUp() {
        world = new LedgerWorld(ctx);
        w = world.w;
        anna = world.participant("Anna Svetsare", true);
        bo = world.participant("Bo Berg", false);
        world.hours(world.activity1, anna, world.day(3), "4");
        world.hours(world.activity1, anna, world.day(10), "3");
        world.hours(world.activity2, bo, world.day(3), "6");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ParticipantMonthInfo monthOf(ParticipantInfo p) {
        w.runAs(w.coachA);
        ParticipantMonthInfo m = signing.months(world.month, w.companyA.id()).stream()
                .filter(x -> x.participantId() == p.id()).findFirst().orElseThrow();
        SecurityContextHolder.clearContext();
        return m;
    }

    private void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void theMonthlyRunSendsEveryParticipantWithHoursOneLinkAndNothingTwice() {
        ParticipantInfo idle = world.participant("Cilla Utan Timmar", true);
        int sent = signing.createMonthlyRequests(world.month);
        assertThat(sent).isGreaterThanOrEqualTo(2); // other tests' participants may have hours last month too
        assertThat(signing.createMonthlyRequests(world.month)).isZero();
        assertThat(mail.sentTo(anna.email())).hasSize(1);
        assertThat(mail.sentTo(idle.email())).as("zero-hour months are not sent").isEmpty();
        OutboxInfo m = mail.sentTo(anna.email()).get(0);
        assertThat(m.body()).as("the outbox holds no link, only its place").doesNotContain("/sign/")
                .contains(se.kompetensresan.mail.MailService.LINK).contains("7 timmar").contains(w.companyA.name());
        assertThat(m.body() + m.subject()).doesNotContain("19850315").doesNotContain("850315");
        ParticipantMonthInfo month = monthOf(anna);
        assertThat(month.status()).isEqualTo(MonthStatus.SENT);
        assertThat(month.hours()).isEqualTo(7);
        // the token is stored only as its hash, and the link expires after the configured 30 days
        String token = world.latestToken(anna);
        var row = jdbc.queryForMap("select token_hash, token_expires_at, sent_at from participant_month where id = ?", month.id());
        assertThat((String) row.get("TOKEN_HASH")).isEqualTo(se.kompetensresan.shared.LinkTokens.hash(token)).isNotEqualTo(token);
        assertThat(jdbc.queryForObject("select count(*) from participant_month where token_hash = ?", Integer.class, token)).isZero();
        Instant sentAt = ((java.sql.Timestamp) row.get("SENT_AT")).toInstant();
        Instant expires = ((java.sql.Timestamp) row.get("TOKEN_EXPIRES_AT")).toInstant();
        assertThat(Duration.between(sentAt, expires)).isEqualTo(settings.signingLinkValid()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void theFirstWorkingDayOfTheMonth() {
        assertThat(WorkingDays.firstWorkingDay(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 2)); // a Sunday the 1st
        assertThat(WorkingDays.firstWorkingDay(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(WorkingDays.firstWorkingDay(YearMonth.of(2027, 1))).isEqualTo(LocalDate.of(2027, 1, 4)); // Fri 1st is nyårsdagen
        assertThat(WorkingDays.firstWorkingDay(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 4)); // första maj a Friday
    }

    @Test
    void theParticipantSeesTheirOwnMonthOnlyAfterTypingTheirAddressAndSignsItOnce() {
        signing.createMonthlyRequests(world.month);
        String token = world.latestToken(anna);
        assertThat(signing.linkValid(token)).isTrue();
        assertThat(signing.open(token, "fel@example.se")).isEmpty();
        MonthStatement s = signing.open(token, anna.email().toUpperCase()).orElseThrow();
        assertThat(s.participantName()).isEqualTo("Anna Svetsare");
        assertThat(s.employer()).isEqualTo(w.companyA.name());
        assertThat(s.month()).isEqualTo(world.month);
        assertThat(s.days()).extracting(MonthStatement.Day::date).containsExactly(world.day(3), world.day(10));
        assertThat(s.days()).extracting(MonthStatement.Day::course).containsOnly("Svets MIG/MAG");
        assertThat(s.total()).isEqualTo(7);
        refused(() -> signing.sign(token, "fel@example.se"), "participant.sign.emailMismatch");
        signing.sign(token, anna.email());
        ParticipantMonthInfo m = monthOf(anna);
        assertThat(m.status()).isEqualTo(MonthStatus.SIGNED);
        assertThat(m.signedHours()).isEqualTo(7);
        // single use
        assertThat(signing.linkValid(token)).isFalse();
        assertThat(signing.open(token, anna.email())).isEmpty();
        refused(() -> signing.sign(token, anna.email()), "participant.sign.invalid");
        refused(() -> signing.dispute(token, anna.email(), "ändrade mig"), "participant.sign.invalid");
    }

    @Test
    void anotherParticipantsMonthIsUnreachableWithALink() {
        signing.createMonthlyRequests(world.month);
        String annasToken = world.latestToken(anna);
        // Bo's address with Anna's link shows nothing and signs nothing
        assertThat(signing.open(annasToken, bo.email())).isEmpty();
        refused(() -> signing.sign(annasToken, bo.email()), "participant.sign.emailMismatch");
        assertThat(monthOf(bo).status()).isEqualTo(MonthStatus.SENT);
        // each link opens only its own participant's month
        assertThat(signing.open(world.latestToken(bo), bo.email()).orElseThrow().participantName()).isEqualTo("Bo Berg");
    }

    @Test
    void aTamperedOrMalformedTokenOpensNothing() {
        signing.createMonthlyRequests(world.month);
        String token = world.latestToken(anna);
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        for (String t : new String[]{tampered, token.substring(1), token + "x", "", "../../admin", "' or 1=1 --"}) {
            assertThat(signing.linkValid(t)).as(t).isFalse();
            assertThat(signing.open(t, anna.email())).as(t).isEmpty();
            refused(() -> signing.sign(t, anna.email()), "participant.sign.invalid");
        }
        assertThat(monthOf(anna).status()).isEqualTo(MonthStatus.SENT);
    }

    @Test
    void anExpiredLinkOpensNothing() {
        signing.createMonthlyRequests(world.month);
        String token = world.latestToken(anna);
        jdbc.update("update participant_month set token_expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), monthOf(anna).id());
        assertThat(signing.linkValid(token)).isFalse();
        refused(() -> signing.sign(token, anna.email()), "participant.sign.invalid");
    }

    @Test
    void wrongAddressesBlockTheLinkAfterFiveAttempts() {
        signing.createMonthlyRequests(world.month);
        String token = world.latestToken(anna);
        for (int i = 0; i < settings.maxEmailAttempts(); i++) {
            assertThat(signing.open(token, "gissning" + i + "@example.se")).isEmpty();
        }
        assertThat(signing.linkValid(token)).isFalse();
        assertThat(signing.open(token, anna.email())).isEmpty();
        long id = monthOf(anna).id();
        w.runAs(w.companyUserA);
        assertThat(signing.trail(id)).extracting(MonthEventInfo::type).contains(MonthEventType.LINK_BLOCKED);
    }

    @Test
    void aDisputedMonthGoesBackToTheCompanyAndOnceCorrectedIsSignedAgain() {
        signing.createMonthlyRequests(world.month);
        String token = world.latestToken(anna);
        refused(() -> signing.dispute(token, anna.email(), " "), "participant.error.dispute.comment");
        signing.dispute(token, anna.email(), "Jag var inte där den 10:e");
        ParticipantMonthInfo m = monthOf(anna);
        assertThat(m.status()).isEqualTo(MonthStatus.DISPUTED);
        assertThat(m.disputeComment()).isEqualTo("Jag var inte där den 10:e");
        assertThat(events.stream(MonthDisputed.class)).containsExactly(new MonthDisputed(w.companyA.id(), anna.id(), m.id()));
        assertThat(signing.linkValid(token)).isFalse();

        // the company corrects the hours (a disputed month is open for changes) and sends it again with what changed
        w.runAs(w.companyUserA);
        ctx.getBean(AttendanceService.class).record(world.activity1, anna.id(), world.day(10), "");
        refused(() -> signing.resend(m.id(), ""), "participant.error.reason.required");
        signing.resend(m.id(), "Tog bort den 10:e");
        assertThat(events.stream(MonthCorrected.class)).containsExactly(new MonthCorrected(w.companyA.id(), m.id()));
        SecurityContextHolder.clearContext();
        String again = world.latestToken(anna);
        assertThat(again).isNotEqualTo(token);
        assertThat(signing.open(again, anna.email()).orElseThrow().total()).isEqualTo(4);
        signing.sign(again, anna.email());
        assertThat(monthOf(anna).signedHours()).isEqualTo(4);
        w.runAs(w.companyUserA);
        assertThat(signing.trail(m.id())).extracting(MonthEventInfo::type).containsExactly(MonthEventType.SENT,
                MonthEventType.DISPUTED, MonthEventType.CORRECTED, MonthEventType.SENT, MonthEventType.SIGNED);
    }

    @Test
    void aReminderAfterSevenDaysReplacesTheLink() {
        signing.createMonthlyRequests(world.month);
        String first = world.latestToken(anna);
        jdbc.update("update participant_month set sent_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))), monthOf(anna).id());
        assertThat(signing.sendReminders()).isGreaterThanOrEqualTo(1);
        assertThat(signing.sendReminders()).as("one reminder only").isZero();
        assertThat(mail.sentTo(anna.email())).hasSize(2);
        assertThat(mail.sentTo(anna.email()).get(0).subject()).startsWith("Påminnelse");
        String second = world.latestToken(anna);
        assertThat(signing.linkValid(first)).isFalse();
        assertThat(signing.linkValid(second)).isTrue();
        assertThat(monthOf(anna).remindedAt()).isNotNull();
        assertThat(mail.sentTo(bo.email())).hasSize(1);
    }

    @Test
    void theDailyReminderTellsTheCompanysJourneyHowManyWereReminded() {
        signing.createMonthlyRequests(world.month);
        jdbc.update("update participant_month set sent_at = ? where participant_id in (?, ?)",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))), anna.id(), bo.id());

        signing.sendReminders();

        assertThat(events.stream(SigningReminded.class).filter(e -> e.companyId() == w.companyA.id()))
                .singleElement().isEqualTo(new SigningReminded(w.companyA.id(), world.month, 2, SigningService.SYSTEM));
    }

    @Test
    void aMonthUnsignedAfterTheEscalationDelayIsToldOnceToTheCoachesOfTheDelprojektWithoutNames() {
        String email = "coach-" + w.key + "@region.example";
        ctx.getBean(se.kompetensresan.security.UserService.class).create(new se.kompetensresan.security.UserForm(
                "coach-mail-" + w.key, "secret", "Coach med e-post", email, se.kompetensresan.security.Role.COACH, null,
                java.util.Set.of(w.subprojectA.id())));
        signing.createMonthlyRequests(world.month);
        jdbc.update("update participant_month set sent_at = ? where participant_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(13))), bo.id());
        signing.escalate();
        assertThat(mail.sentTo(email)).as("not before escalate-after (P14D)").isEmpty();

        jdbc.update("update participant_month set sent_at = ? where participant_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(15))), bo.id());
        signing.escalate();
        signing.escalate();

        assertThat(mail.sentTo(email)).as("once").singleElement().satisfies(m -> {
            assertThat(m.subject()).contains(w.companyA.name());
            assertThat(m.body()).contains("En deltagare").contains("/signing").doesNotContain("Bo Berg")
                    .doesNotContain(bo.email());
        });
        assertThat(events.stream(SigningOverdue.class).filter(e -> e.companyId() == w.companyA.id()))
                .singleElement().isEqualTo(new SigningOverdue(w.companyA.id(), world.month, 1));
        long month = monthOf(bo).id();
        w.runAs(w.coachA);
        assertThat(signing.trail(month)).anyMatch(e -> e.type() == MonthEventType.ESCALATED);
    }

    @Test
    void theCoachSeesWhoHasNotSignedAndTheCompanyOnlyItsOwn() {
        w.runAs(w.companyUserA);
        assertThat(signing.notYetSent(world.month, w.companyA.id())).extracting(ParticipantInfo::id)
                .containsExactlyInAnyOrder(anna.id(), bo.id());
        assertThat(signing.sendMonth(w.companyA.id(), world.month)).isEqualTo(2);
        assertThat(signing.notYetSent(world.month, w.companyA.id())).isEmpty();
        signing.sign(world.latestToken(anna), anna.email());
        w.runAs(w.coachA);
        List<ParticipantMonthInfo> list = signing.months(world.month, w.companyA.id());
        assertThat(list).filteredOn(m -> m.signedHours() == null).extracting(ParticipantMonthInfo::participantName)
                .containsExactly("Bo Berg");
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> signing.months(world.month, w.companyA.id())).isInstanceOf(AccessRefusedException.class);
        assertThat(signing.months(world.month, null)).noneMatch(m -> m.companyId() == w.companyA.id());
        w.runAs(w.coachB);
        assertThatThrownBy(() -> signing.sendMonth(w.companyA.id(), world.month)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        assertThatThrownBy(() -> signing.sendMonth(w.companyA.id(), world.month)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void onlyAMonthThatIsOverIsLockedAndOnlyByAManagerOfTheProject() {
        w.runAs(w.coachA);
        assertThatThrownBy(() -> signing.lockMonth(w.project.id(), world.month)).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        refused(() -> signing.lockMonth(w.project.id(), YearMonth.now()), "participant.error.lock.notOver");
        signing.lockMonth(w.project.id(), world.month);
        refused(() -> signing.lockMonth(w.project.id(), world.month), "participant.error.lock.already");
        assertThat(signing.lockedMonths(w.project.id())).containsExactly(world.month);
        // a month that is locked is never sent
        assertThat(signing.createMonthlyRequests(world.month)).isGreaterThanOrEqualTo(0);
        assertThat(mail.sentTo(anna.email())).isEmpty();
    }
}
