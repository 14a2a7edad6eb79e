package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.participant.LedgerWorld;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.SigningService;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The participant page's GDPR actions: the register extract and erasure on request, per role. */
class ParticipantGdprViewTest extends KaribuTest {

    @Autowired
    SigningService signing;
    @Autowired
    JdbcTemplate jdbc;

    LedgerWorld world;
    CoachingTestData w;

    @BeforeEach
    void world() {
        world = new LedgerWorld(ctx);
        w = world.w;
    }

    @Test
    void theCompanyAndTheCoachSeeNeitherExtractNorErasure() {
        ParticipantInfo p = world.participant("Anna Svetsare", true);
        for (String user : List.of(w.companyUserA, w.coachA)) {
            login(user);
            UI.getCurrent().navigate("participant/" + p.id());
            _get(ParticipantView.class);
            _assertNone(Button.class, s -> s.withId("participant-extract"));
            _assertNone(Button.class, s -> s.withId("participant-erase"));
        }
    }

    @Test
    void theManagerAndTheAdminGetTheExtractAndMayEraseAPersonNotYetReported() {
        ParticipantInfo p = world.participant("Anna Svetsare", true);
        for (String user : List.of(w.managerA, w.admin)) {
            login(user);
            UI.getCurrent().navigate("participant/" + p.id());
            Button extract = _get(Button.class, s -> s.withId("participant-extract"));
            assertThat(extract.getText()).isEqualTo("Registerutdrag");
            // full personnummer: the user confirms who they are first, then gets the link
            _click(extract);
            _setValue(_get(PasswordField.class, s -> s.withId("step-up-password")), "secret");
            _click(_get(Button.class, s -> s.withId("step-up-confirm")));
            Anchor download = _get(Anchor.class, s -> s.withId("participant-extract-download"));
            assertThat(download.getText()).isEqualTo("Ladda ned registerutdraget");
            assertThat(download.getHref()).isNotBlank().doesNotContain("Anna");
            assertThat(_get(Button.class, s -> s.withId("participant-erase")).isEnabled()).isTrue();
            _assertNone(Paragraph.class, s -> s.withId("participant-erase-refused"));
        }
    }

    @Test
    void erasingAsksForTheReasonBesideTheFieldThenErasesAndLeavesThePage() {
        ParticipantInfo p = world.participant("Anna Svetsare", true);
        login(w.managerA);
        UI.getCurrent().navigate("participant/" + p.id());
        _click(_get(Button.class, s -> s.withId("participant-erase")));
        TextArea reason = _get(TextArea.class, s -> s.withId("participant-erase-reason"));
        _click(_get(Button.class, s -> s.withId("participant-erase-confirm")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Ange orsaken till raderingen.");
        assertThat(jdbc.queryForObject("select count(*) from participant where id = ?", Long.class, p.id())).isOne();

        _setValue(reason, "Begäran från personen");
        _click(_get(Button.class, s -> s.withId("participant-erase-confirm")));
        // erasing is a high-value action: the password first
        assertThat(jdbc.queryForObject("select count(*) from participant where id = ?", Long.class, p.id())).isOne();
        _setValue(_get(PasswordField.class, s -> s.withId("step-up-password")), "secret");
        _click(_get(Button.class, s -> s.withId("step-up-confirm")));
        assertThat(jdbc.queryForObject("select count(*) from participant where id = ?", Long.class, p.id())).isZero();
        _get(ParticipantsView.class);
    }

    @Test
    void erasureIsDisabledWithTheReasonOnceAMonthIsLocked() {
        ParticipantInfo p = world.participant("Lars Låst", false);
        world.hours(world.activity1, p, world.day(3), "4");
        login(w.companyUserA);
        signing.sendMonth(w.companyA.id(), world.month);
        login(w.managerA);
        signing.lockMonth(w.project.id(), world.month);
        UI.getCurrent().navigate("participant/" + p.id());
        assertThat(_get(Button.class, s -> s.withId("participant-erase")).isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("participant-erase-refused")).getText())
                .startsWith("Kan inte raderas: en av deltagarens månader ingår i en utbetalningsansökan");
        assertThat(_get(Button.class, s -> s.withId("participant-extract")).isVisible()).isTrue();
    }
}
