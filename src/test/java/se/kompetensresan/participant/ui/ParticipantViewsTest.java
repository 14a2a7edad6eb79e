package se.kompetensresan.participant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.participant.CoFinancingTotal;
import se.kompetensresan.participant.ImportReport;
import se.kompetensresan.participant.LedgerWorld;
import se.kompetensresan.participant.MonthStatus;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.participant.ParticipantMonthInfo;
import se.kompetensresan.participant.ParticipantService;
import se.kompetensresan.participant.SigningService;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The participant module's views: register, import, attendance grid, signing page, lists and co-financing. */
class ParticipantViewsTest extends KaribuTest {

    @Autowired
    ParticipantService participants;
    @Autowired
    SigningService signing;

    LedgerWorld world;
    CoachingTestData w;

    @BeforeEach
    void world() {
        world = new LedgerWorld(ctx);
        w = world.w;
    }

    private TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    @Test
    void theCompanyAddsAParticipantAndAWrongNumberIsShownAtTheField() {
        login(w.companyUserA);
        UI.getCurrent().navigate("my-company/participants");
        _click(_get(Button.class, s -> s.withId("participant-add")));
        _setValue(text("participant-name"), "Anna Svetsare");
        _setValue(text("participant-pnr"), "19850315-0000");
        _setValue(_get(EmailField.class, s -> s.withId("participant-email")), "anna@verkstad.se");
        _click(_get(Button.class, s -> s.withId("participant-save")));
        assertThat(text("participant-pnr").isInvalid()).isTrue();
        assertThat(text("participant-pnr").getErrorMessage()).contains("inte ett giltigt");
        assertThat(text("participant-pnr").getValue()).as("kept as typed").isEqualTo("19850315-0000");

        _setValue(text("participant-pnr"), CoachingTestData.personnummer("19850315", 22));
        _click(_get(Button.class, s -> s.withId("participant-save")));
        _assertNone(ParticipantDialog.class);
        @SuppressWarnings("unchecked")
        Grid<ParticipantInfo> grid = _get(Grid.class, s -> s.withId("my-participants-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(Span.class, s -> s.withId("my-participants-count")).getText()).isEqualTo("1 deltagare (1 kvinnor, 0 män)");
    }

    @Test
    void anImportReportsEveryRow() {
        login(w.companyUserA);
        UI.getCurrent().navigate("my-company/participants");
        _click(_get(Button.class, s -> s.withId("participant-import")));
        _setValue(_get(TextArea.class, s -> s.withId("participant-import-text")),
                "Anna Svetsare;" + CoachingTestData.personnummer("19850315", 22) + ";anna@verkstad.se;2026-09-01\n"
                        + "Bo Fel;12345;bo@verkstad.se;\n");
        _click(_get(Button.class, s -> s.withId("participant-import-submit")));
        @SuppressWarnings("unchecked")
        Grid<ImportReport.Line> report = _get(Grid.class, s -> s.withId("participant-import-report"));
        assertThat(_size(report)).isEqualTo(2);
        assertThat(_get(Span.class, s -> s.withId("participant-import-summary")).getText()).startsWith("1 tillagda, 1 med fel");
        assertThat(participants.ofCompany(w.companyA.id())).extracting(ParticipantInfo::name).containsExactly("Anna Svetsare");
    }

    @Test
    void theAttendanceGridSavesACellWhenItIsLeftAndShowsARefusalBesideIt() {
        ParticipantInfo anna = world.participant("Anna Svetsare", true);
        login(w.companyUserA);
        UI.getCurrent().navigate("training/attendance/" + world.activity1);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ParticipantInfo> who = _get(MultiSelectComboBox.class, s -> s.withId("attendance-participants"));
        _setValue(who, java.util.Set.of(anna));
        // a month-long training opens a week at a time; show the whole month
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<AttendanceView.Period> period =
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withId("attendance-period"));
        assertThat(period.getValue()).isEqualTo(AttendanceView.Period.WEEK);
        _setValue(period, AttendanceView.Period.MONTH);
        String cellId = "cell-" + anna.id() + "-" + world.day(3);
        _setValue(text(cellId), "1,5");
        assertThat(text(cellId).isInvalid()).isTrue();
        assertThat(text(cellId).getErrorMessage()).contains("skriv 1");
        _setValue(text(cellId), "4");
        assertThat(text(cellId).isInvalid()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("total-" + anna.id())).getText()).isEqualTo("4");
        // the activity ended last month: the company may confirm that the attendance is complete
        assertThat(_get(Button.class, s -> s.withId("attendance-complete")).isEnabled()).isTrue();
        _click(_get(Button.class, s -> s.withId("attendance-complete")));
        assertThat(_get(Paragraph.class, s -> s.withId("attendance-status")).getText()).contains("bekräftat");
    }

    @Test
    void theParticipantSignsThroughTheLinkWithoutAnAccount() {
        ParticipantInfo anna = world.participant("Anna Svetsare", true);
        world.hours(world.activity1, anna, world.day(3), "4");
        signing.createMonthlyRequests(world.month);
        String token = world.latestToken(anna);
        SecurityContextHolder.clearContext();
        UI.getCurrent().navigate("sign/" + token);
        _setValue(_get(EmailField.class, s -> s.withId("sign-email")), "fel@example.se");
        _click(_get(Button.class, s -> s.withId("sign-open")));
        assertThat(_get(EmailField.class, s -> s.withId("sign-email")).isInvalid()).isTrue();
        _assertNone(Grid.class);
        _setValue(_get(EmailField.class, s -> s.withId("sign-email")), anna.email());
        _click(_get(Button.class, s -> s.withId("sign-open")));
        assertThat(_get(Paragraph.class, s -> s.withId("sign-total")).getText()).isEqualTo("Totalt 4 timmar");
        assertThat(_get(Paragraph.class, s -> s.withId("sign-who")).getText()).contains(w.companyA.name());
        _click(_get(Button.class, s -> s.withId("sign-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("sign-done")).getText()).isEqualTo("Din månad är intygad.");
        // the same link again
        UI.getCurrent().navigate("sign/" + token);
        _get(Paragraph.class, s -> s.withId("sign-invalid"));
    }

    @Test
    void theCoachSeesWhoHasNotSignedAndOpensTheParticipant() {
        ParticipantInfo anna = world.participant("Anna Svetsare", true);
        ParticipantInfo bo = world.participant("Bo Berg", false);
        world.hours(world.activity1, anna, world.day(3), "4");
        world.hours(world.activity1, bo, world.day(3), "5");
        signing.createMonthlyRequests(world.month);
        signing.sign(world.latestToken(anna), anna.email());
        signing.dispute(world.latestToken(bo), bo.email(), "Fel dag");
        login(w.coachA);
        UI.getCurrent().navigate("signing");
        _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("signing-company")), w.companyA);
        @SuppressWarnings("unchecked")
        Grid<ParticipantMonthInfo> grid = _get(Grid.class, s -> s.withId("signing-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(Span.class, s -> s.withId("signing-summary")).getText()).isEqualTo("2 förfrågningar: 1 intygade, 1 ifrågasatta, 0 väntar");
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("signing-unsigned")), true);
        assertThat(_size(grid)).isEqualTo(1);

        // the company corrects the disputed month from the participant page
        login(w.companyUserA);
        UI.getCurrent().navigate("participant/" + bo.id());
        long monthId = signing.monthsOf(bo.id()).get(0).id();
        _click(_get(Button.class, s -> s.withId("month-resend-" + monthId)));
        _click(_get(Button.class, s -> s.withId("month-reason-submit")));
        assertThat(_get(TextArea.class, s -> s.withId("month-reason")).isInvalid()).isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("month-reason")), "Rätt dag nu");
        _click(_get(Button.class, s -> s.withId("month-reason-submit")));
        assertThat(signing.monthsOf(bo.id()).get(0).status()).isEqualTo(MonthStatus.SENT);
    }

    @Test
    void coFinancingShowsSignedHoursTimesTheUnitCost() {
        ParticipantInfo anna = world.participant("Anna Svetsare", true);
        world.hours(world.activity1, anna, world.day(3), "4");
        signing.createMonthlyRequests(world.month);
        signing.sign(world.latestToken(anna), anna.email());
        login(w.companyUserA);
        UI.getCurrent().navigate("co-financing");
        _setValue(_get(com.vaadin.flow.component.select.Select.class, s -> s.withId("cofinancing-year")), CoFinancingView.ALL_YEARS);
        @SuppressWarnings("unchecked")
        Grid<CoFinancingTotal> grid = _get(Grid.class, s -> s.withId("cofinancing-grid"));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(grid.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("2000.00")); // 4 h × 500
        assertThat(_get(Paragraph.class, s -> s.withId("cofinancing-total")).getText()).startsWith("Totalt 4 intygade timmar");
        _assertNone(Grid.class, s -> s.withId("cofinancing-planned"));
        login(w.managerA);
        UI.getCurrent().navigate("co-financing");
        _get(Grid.class, s -> s.withId("cofinancing-planned"));
    }

    @Test
    void aCoachSeesTheRegisterFilteredAndCannotOpenTheCompanysOwnPage() {
        world.participant("Anna Svetsare", true);
        world.participant("Bo Berg", false);
        login(w.coachA);
        UI.getCurrent().navigate("participants");
        _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("participants-company")), w.companyA);
        @SuppressWarnings("unchecked")
        Grid<ParticipantInfo> grid = _get(Grid.class, s -> s.withId("participants-grid"));
        assertThat(_size(grid)).isEqualTo(2);
        _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("participants-gender")),
                se.kompetensresan.shared.Gender.WOMAN);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(grid.getGenericDataView().getItems().toList().get(0).masked()).isEqualTo("1985");
    }
}
