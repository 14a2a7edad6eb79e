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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.StepUpRequiredException;
import se.kompetensresan.security.StepUps;
import se.kompetensresan.shared.PersonalIdentityNumber;
import se.kompetensresan.shared.RetentionSettings;
import se.kompetensresan.shared.UserMessageException;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GDPR on the participant register: erasure on request, the register extract and the nightly retention. */
@SpringBootTest
@ActiveProfiles("test")
class ParticipantGdprTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ParticipantService participants;
    @Autowired
    SigningService signing;
    @Autowired
    ParticipantRetention retention;
    @Autowired
    JdbcTemplate jdbc;

    LedgerWorld world;
    CoachingTestData w;

    @BeforeEach
    void setUp() {
        world = new LedgerWorld(ctx);
        w = world.w;
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    // ------------------------------------------------------------------ erasure on request

    @Test
    void aManagerErasesAParticipantNotYetReportedAndOnlyWhoAndWhyIsKept() {
        ParticipantInfo p = world.participant("Eva Raderas", true);
        world.hours(world.activity1, p, world.day(3), "4");
        w.runAs(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);

        assertThat(count("select count(*) from outbox_message where lower(recipient) = lower(?)", p.email())).isOne();
        w.runAs(w.managerA);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        assertThat(participants.erasureRefusal(p.id())).isEmpty();
        refused(() -> participants.erase(p.id(), " "), "participant.error.erase.reason.required");
        participants.erase(p.id(), "Begäran från personen");

        assertThat(count("select count(*) from participant where id = ?", p.id())).isZero();
        assertThat(count("select count(*) from attendance_day where participant_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from activity_registration where participant_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from participant_month where participant_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from outbox_message where lower(recipient) = lower(?)"
                + " or body like '%Eva Raderas%'", p.email())).as("the signing mail forgotten").isZero();
        Map<String, Object> record = jdbc.queryForMap("select * from participant_erasure where participant_id = ?", p.id());
        assertThat(record).containsEntry("ERASED_BY", w.managerA).containsEntry("REASON", "Begäran från personen")
                .containsEntry("COMPANY_ID", w.companyA.id());
        assertThat(record.values()).noneMatch(v -> String.valueOf(v).contains("Eva") || String.valueOf(v).contains("@"));
        assertThatThrownBy(() -> participants.get(p.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void erasureIsRefusedWithTheReasonOnceAMonthIsLockedInAPaymentClaim() {
        ParticipantInfo p = world.participant("Lars Låst", false);
        world.hours(world.activity1, p, world.day(3), "4");
        w.runAs(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);
        w.runAs(w.managerA);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        signing.lockMonth(w.project.id(), world.month);

        assertThat(participants.erasureRefusal(p.id())).contains("participant.erase.refused.locked");
        refused(() -> participants.erase(p.id(), "Begäran från personen"), "participant.erase.refused.locked");
        assertThat(participants.get(p.id()).name()).isEqualTo("Lars Låst");
        assertThat(count("select count(*) from participant_erasure where participant_id = ?", p.id())).isZero();
    }

    @Test
    void erasureIsRefusedOnceThePersonWasInADeltagarforteckningButNotAfterARegisterExtract() {
        ParticipantInfo exported = world.participant("Stina Exporterad", true);
        ParticipantInfo asked = world.participant("Per Frågade", false);
        w.runAs(w.managerA);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        participants.fullNumbers(List.of(exported.id()), "Deltagarförteckning till finansiären");
        participants.extract(asked.id());

        refused(() -> participants.erase(exported.id(), "Begäran"), "participant.erase.refused.exported");
        assertThat(participants.erasureRefusal(asked.id())).isEmpty();
        participants.erase(asked.id(), "Begäran efter registerutdrag");
        assertThat(count("select count(*) from participant where id = ?", asked.id())).isZero();
    }

    @Test
    void erasureAndTheRegisterExtractAreRefusedWithoutAFreshStepUpAndLeaveNoTrace() {
        ParticipantInfo p = world.participant("Stig Stegvis", true);
        w.runAs(w.managerA);
        assertThatThrownBy(() -> participants.extract(p.id())).isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> participants.erase(p.id(), "Begäran från personen")).isInstanceOf(StepUpRequiredException.class);
        assertThat(count("select count(*) from participant where id = ?", p.id())).isOne();
        assertThat(count("select count(*) from participant_erasure where participant_id = ?", p.id())).isZero();
        assertThat(count("select count(*) from personal_number_access where participant_ids = ?", String.valueOf(p.id())))
                .as("no full number read").isZero();
        // the reason is still checked first, beside its field
        refused(() -> participants.erase(p.id(), " "), "participant.error.erase.reason.required");
        StepUps.confirmed();
        assertThat(participants.extract(p.id()).text()).contains("Stig Stegvis");
    }

    @Test
    void onlyTheProjectOfficeMayEraseOrTakeAnExtract() {
        ParticipantInfo p = world.participant("Kim Skyddad", true);
        for (String user : List.of(w.companyUserA, w.coachA, w.coachB, w.companyUserB)) {
            w.runAs(user);
            assertThatThrownBy(() -> participants.erase(p.id(), "Begäran")).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> participants.extract(p.id())).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> participants.erasureRefusal(p.id())).isInstanceOf(AccessRefusedException.class);
        }
        w.runAs(w.admin);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        assertThat(participants.extract(p.id()).text()).contains("Kim Skyddad");
        assertThat(count("select count(*) from participant where id = ?", p.id())).isOne();
    }

    // ------------------------------------------------------------------ register extract

    @Test
    void theExtractHoldsEverythingAboutThePersonWithTheFullNumberAndIsLogged() {
        ParticipantInfo p = world.participant("Anna Utdrag", true);
        world.hours(world.activity1, p, world.day(3), "4");
        world.hours(world.activity2, p, world.day(4), "3");
        w.runAs(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);
        w.runAs(w.managerA);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        participants.fullNumbers(List.of(p.id()), "Deltagarförteckning till finansiären");
        String pnr = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).execute(s ->
                new PersonalIdentityNumber(ctx.getBean(IdentityCipher.class).decrypt(
                        jdbc.queryForObject("select number_cipher from participant where id = ?", String.class, p.id())))
                        .formatted());
        long logged = count("select count(*) from personal_number_access where kind = 'EXTRACT'");

        RegisterExtract x = participants.extract(p.id());

        assertThat(x.fileName()).isEqualTo("Registerutdrag_deltagare-" + p.id() + "_" + LocalDate.now(ctx.getBean(Clock.class)) + ".txt")
                .doesNotContain("Anna");
        assertThat(x.text()).contains("Registerutdrag enligt artikel 15", "Anna Utdrag", pnr, p.email(),
                w.companyA.name(), w.companyA.organisationNumber().formatted(), "Svets MIG/MAG", "Lean i praktiken",
                world.day(3) + ": Svets MIG/MAG, 4 timmar", world.day(4) + ": Lean i praktiken, 3 timmar",
                world.month + ": Skickad, väntar, 7 timmar", "Skickad för intygande",
                "Deltagarförteckning till finansiären", ParticipantService.EXTRACT_PURPOSE, "10 år");
        assertThat(count("select count(*) from personal_number_access where kind = 'EXTRACT'")).isEqualTo(logged + 1);
        assertThat(jdbc.queryForMap("select actor, participant_ids from personal_number_access where kind = 'EXTRACT'"
                + " order by id desc limit 1")).containsEntry("ACTOR", w.managerA)
                .containsEntry("PARTICIPANT_IDS", String.valueOf(p.id()));
    }

    @Test
    void anEnglishSpeakingParticipantGetsTheExtractInEnglish() {
        ParticipantInfo p = world.participant("John Smith", false);
        jdbc.update("update participant set language = 'en' where id = ?", p.id());
        w.runAs(w.managerA);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        assertThat(participants.extract(p.id()).text()).contains("Register extract under Article 15", "John Smith",
                "Training activities you are registered for", "None.");
    }

    // ------------------------------------------------------------------ retention

    private void ended(ParticipantInfo p, LocalDate end) {
        jdbc.update("update participant set start_date = ?, end_date = ?, end_reason = 'COMPLETED' where id = ?",
                Date.valueOf(end.minusMonths(6)), Date.valueOf(end), p.id());
    }

    private Map<String, Object> row(ParticipantInfo p) {
        return jdbc.queryForMap("select name, email, number_cipher, number_index, birth_year, gender, age_band,"
                + " anonymised_at from participant where id = ?", p.id());
    }

    @Test
    void aParticipantWhoEndedElevenYearsAgoIsAnonymisedOneWhoEndedLastYearIsNot() {
        ParticipantInfo old = world.participant("Gammal Deltagare", true);
        ParticipantInfo recent = world.participant("Ny Deltagare", false);
        world.hours(world.activity1, old, world.day(3), "4");
        w.runAs(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);
        SecurityContextHolder.clearContext();
        LocalDate today = LocalDate.now();
        ended(old, today.minusYears(11));
        ended(recent, today.minusYears(1));

        assertThat(retention.run()).isPositive();

        Map<String, Object> gone = row(old);
        assertThat(gone).containsEntry("NAME", "[raderad]").containsEntry("EMAIL", "")
                .containsEntry("NUMBER_CIPHER", null).containsEntry("NUMBER_INDEX", null).containsEntry("BIRTH_YEAR", null)
                .containsEntry("GENDER", "WOMAN").containsEntry("AGE_BAND", "FROM_30_TO_54");
        assertThat(gone.get("ANONYMISED_AT")).isNotNull();
        assertThat(count("select sum(hours) from attendance_day where participant_id = ?", old.id())).isEqualTo(4);
        assertThat(count("select count(*) from participant_month where participant_id = ? and token_hash is null"
                + " and token_expires_at is null", old.id())).isOne();
        Map<String, Object> kept = row(recent);
        assertThat(kept).containsEntry("NAME", "Ny Deltagare").containsEntry("BIRTH_YEAR", 1985);
        assertThat(kept.get("NUMBER_CIPHER")).isNotNull();
        assertThat(kept.get("ANONYMISED_AT")).isNull();
    }

    @Test
    void aParticipantNeverEndedIsAnonymisedTenYearsAfterTheLastActivity() {
        ParticipantInfo idle = world.participant("Aldrig Avslutad", true);
        jdbc.update("update participant set start_date = ?, created_at = ? where id = ?",
                Date.valueOf(LocalDate.now().minusYears(11)), Timestamp.from(Instant.now().minus(Duration.ofDays(11 * 366))),
                idle.id());
        ParticipantInfo active = world.participant("Fortfarande Aktiv", false);
        jdbc.update("update participant set start_date = ?, created_at = ? where id = ?",
                Date.valueOf(LocalDate.now().minusYears(11)), Timestamp.from(Instant.now().minus(Duration.ofDays(11 * 366))),
                active.id());
        world.hours(world.activity1, active, world.day(3), "2"); // attended last month

        retention.run();

        assertThat(row(idle)).containsEntry("NAME", "[raderad]");
        assertThat(row(active)).containsEntry("NAME", "Fortfarande Aktiv");
    }

    @Test
    void aProjectsOwnRetentionPeriodIsHonoured() {
        ParticipantInfo p = world.participant("Kort Period", true);
        ended(p, LocalDate.now().minusYears(2));
        RetentionSettings d = ctx.getBean(RetentionSettings.class);
        RetentionSettings custom = new RetentionSettings(d.cron(), d.participants(), d.refusedApplications(),
                d.unconfirmedApplications(), d.outboxBodies(), d.attachments(), d.auditLog(),
                Map.of(w.project.id(), Map.of("participants", Duration.ofDays(365))));
        ParticipantRetention defaults = retention;
        defaults.run();
        assertThat(row(p)).containsEntry("NAME", "Kort Period");

        ParticipantRetention shorter = new ParticipantRetention(ctx.getBean(ParticipantRepository.class),
                ctx.getBean(PersonalNumberAccessRepository.class), ctx.getBean(ParticipantErasureRepository.class),
                ctx.getBean(PersonalData.class), ctx.getBean(CompanyProjects.class), custom, ctx.getBean(Clock.class));
        new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class)).executeWithoutResult(s -> shorter.run());
        assertThat(row(p)).containsEntry("NAME", "[raderad]");
    }

    @Test
    void accessLogEntriesOlderThanTheAuditPeriodAreDeleted() {
        ParticipantInfo p = world.participant("Loggad Person", true);
        w.runAs(w.managerA);
        StepUps.confirmed(); // the step-up of a high-value action (its own test below)
        participants.fullNumbers(List.of(p.id()), "Ny läsning");
        participants.fullNumbers(List.of(p.id()), "Gammal läsning");
        SecurityContextHolder.clearContext();
        jdbc.update("update personal_number_access set accessed_at = ? where purpose = 'Gammal läsning' and participant_ids = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(11 * 366))), String.valueOf(p.id()));

        retention.run();

        assertThat(jdbc.queryForList("select purpose from personal_number_access where participant_ids = ?", String.class,
                String.valueOf(p.id()))).containsExactly("Ny läsning");
    }
}
