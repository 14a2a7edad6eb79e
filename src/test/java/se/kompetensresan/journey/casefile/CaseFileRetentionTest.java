package se.kompetensresan.journey.casefile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.journey.JourneyFixtures;
import se.kompetensresan.journey.JourneyInfo;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.JourneyWalker;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserService;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The case file's nightly retention: old attachments go, an ended journey's old timeline entries go. */
@SpringBootTest
@ActiveProfiles("test")
class CaseFileRetentionTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CaseFile caseFile;
    @Autowired
    CaseFileRetention retention;
    @Autowired
    UserService users;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Timestamp yearsAgo(int years) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(years * 366L)));
    }

    @Test
    void attachmentsOlderThanTenYearsAreDeletedNewerOnesStay() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 10);
        new JourneyWalker(ctx).startAt(fx, c, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 1L), JourneyProcess.TASK_ANALYSE_SURVEY);
        JourneyFixtures.signIn(fx.user(Role.COMPANY, c.id(), Set.of()), Role.COMPANY);
        AttachmentInfo old = caseFile.addAttachment(c.id(), "gammal.pdf", AttachmentTypesTest.pdf());
        AttachmentInfo recent = caseFile.addAttachment(c.id(), "ny.pdf", AttachmentTypesTest.pdf());
        jdbc.update("update journey_attachment set at = ? where id = ?", yearsAgo(11), old.id());
        jdbc.update("update journey_attachment set at = ? where id = ?", yearsAgo(9), recent.id());

        assertThat(retention.run()).isPositive();

        assertThat(jdbc.queryForList("select file_name from journey_attachment where id in (?, ?)", String.class,
                old.id(), recent.id())).containsExactly("ny.pdf");
    }

    @Test
    void anEndedJourneysOldTimelineEntriesAreDeletedAnOngoingJourneyKeepsItsWholeTrail() {
        JourneyFixtures fx = new JourneyFixtures(users, projects, companies);
        CompanyInfo c = fx.company(fx.subproject(), 10);
        JourneyInfo j = new JourneyWalker(ctx).startAt(fx, c, Map.of(JourneyProcess.Var.SURVEY_RESPONSE_ID, 1L),
                JourneyProcess.TASK_ANALYSE_SURVEY);
        jdbc.update("insert into journey_event (journey_id, at, actor, type) values (?, ?, 'system', 'PHASE_CHANGED')",
                j.id(), yearsAgo(11));
        jdbc.update("insert into journey_event (journey_id, at, actor, type) values (?, ?, 'system', 'PHASE_CHANGED')",
                j.id(), yearsAgo(9));
        String old = "select count(*) from journey_event where journey_id = ? and at < ?";
        Timestamp tenYears = yearsAgo(10);

        retention.run();
        assertThat(jdbc.queryForObject(old, Long.class, j.id(), tenYears)).as("ongoing journey").isOne();

        jdbc.update("update journey set ended_at = ? where id = ?", yearsAgo(9), j.id());
        retention.run();
        assertThat(jdbc.queryForObject(old, Long.class, j.id(), tenYears)).as("ended journey").isZero();
        assertThat(jdbc.queryForObject(old, Long.class, j.id(), yearsAgo(8))).as("the newer entry").isOne();
    }
}
