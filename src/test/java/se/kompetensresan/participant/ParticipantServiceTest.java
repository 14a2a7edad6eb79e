package se.kompetensresan.participant;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.Gender;
import se.kompetensresan.shared.UserMessageException;

import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ParticipantServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ParticipantService participants;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KeyCheck keyCheck;

    LedgerWorld world;
    CoachingTestData w;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void setUp() {
        world = new LedgerWorld(ctx);
        w = world.w;
        log.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(log);
        SecurityContextHolder.clearContext();
    }

    private ParticipantForm anna(String pnr) {
        return new ParticipantForm(" Anna Svetsare ", pnr, false, null, "anna@verkstad.se", LocalDate.of(2026, 9, 1), "sv");
    }

    private void refused(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOf(UserMessageException.class).extracting("messageKey").isEqualTo(key);
    }

    @Test
    void theCompanyAddsAParticipantWithGenderBirthYearAndAgeBandFromTheNumber() {
        w.runAs(w.companyUserA);
        ParticipantInfo p = participants.add(w.companyA.id(), anna(CoachingTestData.personnummer("19850315", 22)));
        assertThat(p.name()).isEqualTo("Anna Svetsare");
        assertThat(p.gender()).isEqualTo(Gender.WOMAN);
        assertThat(p.birthYear()).isEqualTo(1985);
        assertThat(p.masked()).isEqualTo("1985");
        assertThat(p.ageBand()).isEqualTo(AgeBand.FROM_30_TO_54);
        ParticipantInfo young = participants.add(w.companyA.id(), new ParticipantForm("Bo Lärling",
                CoachingTestData.personnummer("20050101", 31), false, null, "bo@verkstad.se", LocalDate.of(2026, 9, 1), "en"));
        assertThat(young.gender()).isEqualTo(Gender.MAN);
        assertThat(young.ageBand()).isEqualTo(AgeBand.UNDER_30);
        assertThat(young.language()).isEqualTo("en");
    }

    @Test
    void theNumberIsEncryptedSoPlainSqlSeesNoDigitsOfItAndTheBlindIndexFindsIt() {
        String pnr = CoachingTestData.personnummer("19850315", 22); // 19850315-022C
        w.runAs(w.companyUserA);
        ParticipantInfo p = participants.add(w.companyA.id(), anna(pnr));
        Map<String, Object> row = jdbc.queryForMap("select * from participant where id = ?", p.id());
        String twelve = pnr.replace("-", "");
        for (var e : row.entrySet()) {
            String v = String.valueOf(e.getValue());
            assertThat(v).as(e.getKey()).doesNotContain(twelve).doesNotContain(twelve.substring(2))
                    .doesNotContain(twelve.substring(8)).doesNotContain("850315");
        }
        assertThat((String) row.get("NUMBER_CIPHER")).startsWith("v1:");
        // no digits at all that could be the number: only base64 of iv + ciphertext
        assertThat(new String(Base64.getDecoder().decode(((String) row.get("NUMBER_CIPHER")).substring(3)),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(twelve);
        assertThat(participants.findByNumber(w.companyA.id(), pnr)).get().extracting(ParticipantInfo::id).isEqualTo(p.id());
        assertThat(participants.findByNumber(w.companyA.id(), pnr.substring(2))).get().extracting(ParticipantInfo::id)
                .as("the 10-digit form finds the same person").isEqualTo(p.id());
        assertThat(participants.findByNumber(w.companyA.id(), CoachingTestData.personnummer("19850315", 42))).isEmpty();
        // never in the logs either
        assertThat(log.list).noneMatch(e -> e.getFormattedMessage().contains(twelve.substring(2))
                || e.getFormattedMessage().contains(twelve.substring(8)) && e.getFormattedMessage().contains("8503"));
    }

    @Test
    void theSameNumberTwiceInOneCompanyIsRefusedButAnotherCompanyMayHaveIt() {
        String pnr = CoachingTestData.personnummer("19850315", 22);
        w.runAs(w.companyUserA);
        participants.add(w.companyA.id(), anna(pnr));
        refused(() -> participants.add(w.companyA.id(), anna(pnr.substring(2))), "participant.error.pnr.duplicate");
        w.runAs(w.companyUserB);
        assertThatCode(() -> participants.add(w.companyB.id(), anna(pnr))).doesNotThrowAnyException();
    }

    @Test
    void inputIsCheckedFieldByField() {
        w.runAs(w.companyUserA);
        refused(() -> participants.add(w.companyA.id(), new ParticipantForm(" ", "19850315-0221", false, null, "a@b.se", LocalDate.now(), "sv")),
                "participant.error.name.required");
        refused(() -> participants.add(w.companyA.id(), anna("19850315-0000")), "participant.error.pnr.invalid");
        refused(() -> participants.add(w.companyA.id(), anna("")), "participant.error.pnr.required");
        refused(() -> participants.add(w.companyA.id(), new ParticipantForm("Anna", CoachingTestData.personnummer("19850315", 22),
                false, null, "anna-at-verkstad", LocalDate.now(), "sv")), "participant.error.email.invalid");
        refused(() -> participants.add(w.companyA.id(), new ParticipantForm("Anna", CoachingTestData.personnummer("19850315", 22),
                false, null, "anna@verkstad.se", null, "sv")), "participant.error.start.required");
    }

    @Test
    void aSamordningsnummerIsAcceptedWithTheRealBirthDate() {
        // samordningsnummer: day + 60 (15 → 75)
        String sam = CoachingTestData.personnummer("19850375", 22);
        w.runAs(w.companyUserA);
        ParticipantInfo p = participants.add(w.companyA.id(), anna(sam));
        assertThat(p.birthYear()).isEqualTo(1985);
        assertThat(p.ageBand()).isEqualTo(AgeBand.FROM_30_TO_54);
    }

    @Test
    void aProtectedIdentityStoresNoNumberAndTakesTheGenderAsEntered() {
        w.runAs(w.companyUserA);
        refused(() -> participants.add(w.companyA.id(), new ParticipantForm("Skyddad", "19850315-0221", true, Gender.WOMAN,
                "s@verkstad.se", LocalDate.now(), "sv")), "participant.error.pnr.protected");
        refused(() -> participants.add(w.companyA.id(), new ParticipantForm("Skyddad", null, true, null,
                "s@verkstad.se", LocalDate.now(), "sv")), "participant.error.gender.required");
        ParticipantInfo p = participants.add(w.companyA.id(), new ParticipantForm("Skyddad", null, true, Gender.WOMAN,
                "s@verkstad.se", LocalDate.now(), "sv"));
        assertThat(p.protectedIdentity()).isTrue();
        assertThat(p.gender()).isEqualTo(Gender.WOMAN);
        assertThat(p.masked()).isNull();
        Map<String, Object> row = jdbc.queryForMap("select number_cipher, number_index, birth_year from participant where id = ?", p.id());
        assertThat(row.values()).containsOnlyNulls();
    }

    @Test
    void editingWithoutRetypingKeepsTheNumberAndEndingNeedsAReason() {
        String pnr = CoachingTestData.personnummer("19850315", 22);
        w.runAs(w.companyUserA);
        ParticipantInfo p = participants.add(w.companyA.id(), anna(pnr));
        ParticipantInfo changed = participants.update(p.id(), new ParticipantForm("Anna Svetsare-Berg", "", false, null,
                "anna.berg@verkstad.se", p.startDate(), "sv"));
        assertThat(changed.name()).isEqualTo("Anna Svetsare-Berg");
        assertThat(participants.findByNumber(w.companyA.id(), pnr)).get().extracting(ParticipantInfo::id).isEqualTo(p.id());
        refused(() -> participants.end(p.id(), LocalDate.of(2026, 10, 31), null), "participant.error.endReason.required");
        refused(() -> participants.end(p.id(), p.startDate().minusDays(1), EndReason.COMPLETED), "participant.error.end.beforeStart");
        ParticipantInfo ended = participants.end(p.id(), LocalDate.of(2026, 10, 31), EndReason.LEFT_COMPANY);
        assertThat(ended.endReason()).isEqualTo(EndReason.LEFT_COMPANY);
        assertThat(ended.active(LocalDate.of(2026, 11, 1))).isFalse();
    }

    @Test
    void endingBeforeRecordedHoursIsRefused() {
        ParticipantInfo p = world.participant("Cecilia Holm", true);
        world.hours(world.activity1, p, world.day(10), "4");
        w.runAs(w.companyUserA);
        refused(() -> participants.end(p.id(), world.day(9), EndReason.WITHDREW), "participant.error.end.hoursAfter");
        assertThatCode(() -> participants.end(p.id(), world.day(10), EndReason.WITHDREW)).doesNotThrowAnyException();
    }

    @Test
    void anImportAddsTheGoodRowsAndReportsEachBadOne() {
        String good1 = CoachingTestData.personnummer("19850315", 22);
        String good2 = CoachingTestData.personnummer("19700101", 31);
        List<ImportRow> rows = ImportParser.parseText("""
                Namn;Personnummer;E-post;Start
                Anna Svetsare;%s;anna@verkstad.se;2026-09-01
                Bo Berg;%s;bo@verkstad.se;
                Dubblett;%s;dubblett@verkstad.se;2026-09-01
                Fel Nummer;19850315-0000;fel@verkstad.se;2026-09-01
                Ingen Post;%s;;2026-09-01
                Fel Datum;%s;datum@verkstad.se;1 september
                """.formatted(good1, good2, good1, CoachingTestData.personnummer("19600101", 51),
                CoachingTestData.personnummer("19600101", 71)));
        assertThat(rows).hasSize(6);
        w.runAs(w.companyUserA);
        ImportReport r = participants.importRows(w.companyA.id(), rows);
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.lines()).extracting(ImportReport.Line::line).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(r.lines()).extracting(ImportReport.Line::messageKey).containsExactly(null, null,
                "participant.error.pnr.duplicate", "participant.error.pnr.invalid", "participant.error.email.required",
                "participant.error.start.invalid");
        assertThat(participants.ofCompany(w.companyA.id())).extracting(ParticipantInfo::name)
                .containsExactlyInAnyOrder("Anna Svetsare", "Bo Berg");
    }

    @Test
    void anXlsxFromTheHrSystemIsReadRowByRow() throws Exception {
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var sheet = wb.createSheet("Personal");
        String[][] data = {{"Namn", "Personnummer", "E-post", "Start"},
                {"Anna Svetsare", CoachingTestData.personnummer("19850315", 22), "anna@verkstad.se", "2026-09-01"},
                {"", "", "", ""}, {"Bo Berg", "198503150000", "bo@verkstad.se", ""}};
        for (int i = 0; i < data.length; i++) {
            var row = sheet.createRow(i);
            for (int c = 0; c < 4; c++) {
                row.createCell(c).setCellValue(data[i][c]);
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        List<ImportRow> rows = ImportParser.parseXlsx(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(rows).extracting(ImportRow::line).containsExactly(2, 4);
        assertThat(rows.get(0).name()).isEqualTo("Anna Svetsare");
        refused(() -> ImportParser.parseXlsx(new java.io.ByteArrayInputStream("no excel".getBytes())),
                "participant.import.error.unreadable");
    }

    @Test
    void onlyTheCompanyItselfChangesItsParticipantsAndOthersSeeThemInTheirScope() {
        w.runAs(w.companyUserA);
        ParticipantInfo p = participants.add(w.companyA.id(), anna(CoachingTestData.personnummer("19850315", 22)));
        w.runAs(w.companyUserB);
        assertThatThrownBy(() -> participants.add(w.companyA.id(), anna(CoachingTestData.personnummer("19700101", 31))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> participants.get(p.id())).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        assertThat(participants.get(p.id()).id()).isEqualTo(p.id());
        assertThatThrownBy(() -> participants.update(p.id(), anna(""))).isInstanceOf(AccessRefusedException.class);
        assertThat(participants.visible(ParticipantFilter.ALL)).extracting(ParticipantInfo::id).contains(p.id());
        assertThat(participants.visible(new ParticipantFilter(null, null, Gender.MAN, null))).extracting(ParticipantInfo::id)
                .doesNotContain(p.id());
        w.runAs(w.coachB);
        assertThat(participants.visible(ParticipantFilter.ALL)).extracting(ParticipantInfo::id).doesNotContain(p.id());
        assertThatThrownBy(() -> participants.get(p.id())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void theFullNumberIsGivenOnlyToManagersForAStatedPurposeAndEveryReadIsAudited() {
        String pnr = CoachingTestData.personnummer("19850315", 22);
        w.runAs(w.companyUserA);
        ParticipantInfo p = participants.add(w.companyA.id(), anna(pnr));
        assertThatThrownBy(() -> participants.fullNumbers(List.of(p.id()), "Export")).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.coachA);
        assertThatThrownBy(() -> participants.fullNumbers(List.of(p.id()), "Export")).isInstanceOf(AccessRefusedException.class);
        w.runAs(w.managerA);
        refused(() -> participants.fullNumbers(List.of(p.id()), " "), "participant.error.purpose.required");
        assertThat(participants.fullNumbers(List.of(p.id()), "Deltagarexport till ESF")).containsEntry(p.id(), pnr);
        w.runAs(w.admin);
        assertThat(participants.accessLog()).first().satisfies(a -> {
            assertThat(a.actor()).isEqualTo(w.managerA);
            assertThat(a.purpose()).isEqualTo("Deltagarexport till ESF");
            assertThat(a.participantIds()).isEqualTo(String.valueOf(p.id()));
        });
    }

    @Test
    void aWrongKeyFailsLoudlyAtStartUp() {
        // the context started with the test keys and stored the check value; this is the same start-up check
        assertThat(jdbc.queryForObject("select count(*) from participant_key_check", Integer.class)).isEqualTo(1);
        String other = Base64.getEncoder().encodeToString(IdentityCipherTest.filled(3));
        String otherIndex = Base64.getEncoder().encodeToString(IdentityCipherTest.filled(4));
        var settings = ctx.getBean(ParticipantSettings.class);
        assertThatThrownBy(() -> keyCheck.verify(new IdentityCipher(other, settings.indexKey())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("encryption-key is not the key");
        assertThatThrownBy(() -> keyCheck.verify(new IdentityCipher(settings.encryptionKey(), otherIndex)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("index-key is not the key");
        assertThatCode(() -> keyCheck.verify(new IdentityCipher(settings.encryptionKey(), settings.indexKey())))
                .doesNotThrowAnyException();
    }
}
