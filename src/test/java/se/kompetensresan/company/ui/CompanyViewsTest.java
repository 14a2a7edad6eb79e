package se.kompetensresan.company.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.shared.Geography;

import java.math.BigDecimal;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import com.vaadin.flow.component.html.Div;
import se.kompetensresan.project.SubprojectInfo;

class CompanyViewsTest extends KaribuTest {

    CoachingTestData w;
    @org.springframework.beans.factory.annotation.Autowired
    se.kompetensresan.project.ProjectService projects;

    @BeforeEach
    void world() {
        w = new CoachingTestData(ctx);
    }

    @SuppressWarnings("unchecked")
    private void fillValidForm(String orgnr) {
        Select<ProjectInfo> project = _get(Select.class, s -> s.withId("onboarding-project"));
        assertThat(project.getValue().id()).as("preselected from the URL").isEqualTo(w.project.id());
        ApplicationFormFill.valid(ctx, orgnr, "Bruket " + w.key);
    }

    private static String text(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void theDeclarationHasOneRowPerFiscalYearAndAMistypedRowIsRefusedBesideIt() {
        UI.getCurrent().navigate("onboarding/" + w.project.id());
        int year = java.time.LocalDate.now().getYear();
        TextField current = _get(TextField.class, s -> s.withId("onboarding-deminimis"));
        TextField previous = _get(TextField.class, s -> s.withId("onboarding-deminimis-1"));
        TextField before = _get(TextField.class, s -> s.withId("onboarding-deminimis-2"));
        assertThat(current.getLabel()).isEqualTo("Räkenskapsåret " + year + " (EUR)");
        assertThat(previous.getLabel()).isEqualTo("Räkenskapsåret " + (year - 1) + " (EUR)");
        assertThat(before.getLabel()).isEqualTo("Räkenskapsåret " + (year - 2) + " (EUR)");
        fillValidForm(CoachingTestData.organisationNumber());
        _setValue(previous, "4O");
        _setValue(before, "");
        _click(_get(Button.class, s -> s.withId("onboarding-submit")));

        assertThat(previous.isInvalid()).isTrue();
        assertThat(previous.getErrorMessage()).isEqualTo("Skriv beloppet med siffror, till exempel 12 500 (”4O” är inte ett belopp).");
        assertThat(previous.getValue()).isEqualTo("4O");
        assertThat(before.isInvalid()).isTrue();
        assertThat(before.getErrorMessage()).isEqualTo("Ange stödet i euro för året (0 om inget).");
        assertThat(current.isInvalid()).isFalse();
        _assertNone(Span.class, s -> s.withId("onboarding-reference"));
    }

    @Test
    void theCompanyPageShowsTheDeMinimisTotalAndTheManagerCorrectsTheDeclaration() {
        login(w.managerA);
        UI.getCurrent().navigate("companies/" + w.companyA.id());
        int year = java.time.LocalDate.now().getYear();
        assertThat(text(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("company-deminimis-total")).getText()))
                .isEqualTo("Stöd " + (year - 2) + "–" + year + ": 0 EUR (0 kr) av taket 300 000 EUR (3 450 000 kr).");
        TextField previous = _get(TextField.class, s -> s.withId("company-deminimis-edit-1"));
        _setValue(_get(TextField.class, s -> s.withId("company-deminimis-edit-0")), "0");
        _setValue(previous, "4O");
        _setValue(_get(TextField.class, s -> s.withId("company-deminimis-edit-2")), "30 000");
        _click(_get(Button.class, s -> s.withId("company-deminimis-save")));
        assertThat(previous.isInvalid()).isTrue();
        assertThat(previous.getValue()).isEqualTo("4O");

        _setValue(previous, "250 000");
        _click(_get(Button.class, s -> s.withId("company-deminimis-save")));
        assertThat(text(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("company-deminimis-total")).getText()))
                .isEqualTo("Stöd " + (year - 2) + "–" + year + ": 280 000 EUR (3 220 000 kr) av taket 300 000 EUR (3 450 000 kr).");
        assertThat(text(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("company-deminimis-headroom")).getText()))
                .isEqualTo("Kvar till taket: 20 000 EUR (230 000 kr).");
        assertThat(text(_get(Span.class, s -> s.withId("company-deminimis-" + (year - 1))).getText())).isEqualTo("250 000 EUR");

        // the company's own user sees the same figure and cannot correct it
        login(w.companyUserA);
        UI.getCurrent().navigate("my-company");
        assertThat(text(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("company-deminimis-total")).getText()))
                .contains("280 000 EUR");
        _assertNone(TextField.class, s -> s.withId("company-deminimis-edit-0"));
    }

    @Test
    void badOrganisationNumberIsShownAtTheFieldAndTheTypedValuesStay() {
        UI.getCurrent().navigate("onboarding/" + w.project.id());
        fillValidForm("556036-0794");
        _click(_get(Button.class, s -> s.withId("onboarding-submit")));

        TextField orgnr = _get(TextField.class, s -> s.withId("onboarding-orgnr"));
        assertThat(orgnr.isInvalid()).isTrue();
        assertThat(orgnr.getErrorMessage()).isEqualTo("Kontrollsiffran stämmer inte. Kontrollera numret.");
        assertThat(orgnr.getValue()).isEqualTo("556036-0794");
        assertThat(_get(TextField.class, s -> s.withId("onboarding-name")).getValue()).isEqualTo("Bruket " + w.key);
        assertThat(_get(TextField.class, s -> s.withId("onboarding-name")).isInvalid()).isFalse();
        assertThat(_get(Span.class, s -> s.withId("onboarding-legalform")).getText()).isEqualTo("Bolagsform: Aktiebolag");
        assertThat(_get(Span.class, s -> s.withId("onboarding-county")).getText()).isEqualTo("Län: Örebro län");
        _assertNone(Span.class, s -> s.withId("onboarding-reference"));
    }

    @Test
    void happyPathShowsTheConfirmationWithTheReference() {
        UI.getCurrent().navigate("onboarding/" + w.project.id());
        fillValidForm(CoachingTestData.organisationNumber());
        _setValue(_get(TextField.class, s -> s.withId("onboarding-deminimis")), "295 000");
        assertThat(_get(Div.class, s -> s.withId("onboarding-deminimis-warning")).isVisible()).isTrue();
        _click(_get(Button.class, s -> s.withId("onboarding-submit")));

        assertThat(_get(Span.class, s -> s.withId("onboarding-reference")).getText()).matches("KR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");
    }

    @Test
    void whatIsTypedIsRefusedBesideTheFieldNeverChanged() {
        UI.getCurrent().navigate("onboarding/" + w.project.id());
        fillValidForm(CoachingTestData.organisationNumber());
        TextField women = _get(TextField.class, s -> s.withId("onboarding-women"));
        TextField name = _get(TextField.class, s -> s.withId("onboarding-name"));
        _setValue(women, "4O");
        _setValue(name, "B".repeat(5000));
        _click(_get(Button.class, s -> s.withId("onboarding-submit")));

        assertThat(women.isInvalid()).isTrue();
        assertThat(women.getErrorMessage()).isEqualTo("Skriv antalet med siffror, till exempel 12 (”4O” är inte ett heltal).");
        assertThat(women.getValue()).isEqualTo("4O");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Högst 200 tecken (nu 5000).");
        assertThat(name.getValue()).hasSize(5000);
        assertThat(name.getMaxLength()).isZero(); // no browser limit that would cut a pasted text
        _assertNone(Span.class, s -> s.withId("onboarding-reference"));
    }

    @Test
    void theSameOrganisationNumberTwiceGetsTheSameAnswerOnTheFormAndIsRefusedOnceTheAddressIsConfirmed() {
        // Issue 13 point 3: the anonymous form must not tell whether an org.nr is known. The duplicate gets the same
        // confirmation as any application, and is refused (with its reason, to the confirmed address) only after that.
        String orgnr = CoachingTestData.organisationNumber();
        UI.getCurrent().navigate("onboarding/" + w.project.id());
        fillValidForm(orgnr);
        String firstEmail = _get(EmailField.class, s -> s.withId("onboarding-email")).getValue();
        _click(_get(Button.class, s -> s.withId("onboarding-submit")));
        _get(Span.class, s -> s.withId("onboarding-reference"));
        se.kompetensresan.company.OnboardingService onboarding = ctx.getBean(se.kompetensresan.company.OnboardingService.class);
        onboarding.confirm(se.kompetensresan.mail.TestMailbox.confirmationToken(ctx, firstEmail).orElseThrow()).orElseThrow();

        UI.getCurrent().navigate("login"); // a fresh form, as after "Anmäl ett företag till"
        UI.getCurrent().navigate("onboarding/" + w.project.id());
        fillValidForm(orgnr);
        String email = _get(EmailField.class, s -> s.withId("onboarding-email")).getValue();
        _click(_get(Button.class, s -> s.withId("onboarding-submit")));
        String reference = _get(Span.class, s -> s.withId("onboarding-reference")).getText();
        assertThat(reference).matches("KR-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}");

        onboarding.confirm(se.kompetensresan.mail.TestMailbox.confirmationToken(ctx, email).orElseThrow()).orElseThrow();
        assertThat(onboarding.statusOf(reference)).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(se.kompetensresan.company.ApplicationStatus.REJECTED);
            assertThat(a.reasonKey()).isEqualTo("application.reason.duplicate");
        });
    }

    @Test
    void anEndedProjectIsNotOffered() {
        login(w.admin);
        ProjectInfo ended = projects.createProject(new ProjectInfo(0, "Avslutat " + w.key, null, "Region",
                java.time.LocalDate.of(2018, 9, 1), java.time.LocalDate.of(2020, 8, 31), new BigDecimal("1000"),
                new BigDecimal("750"), 10, 20, new BigDecimal("300"), 3));
        UI.getCurrent().navigate("onboarding/" + ended.id());
        @SuppressWarnings("unchecked")
        Select<ProjectInfo> project = _get(Select.class, s -> s.withId("onboarding-project"));
        assertThat(project.getListDataView().getItems()).extracting(ProjectInfo::id)
                .doesNotContain(ended.id()).contains(w.project.id());
        assertThat(project.getValue()).isNull();
    }

    @Test
    void registerShowsOnlyVisibleCompaniesAndFilters() {
        login(w.coachA);
        UI.getCurrent().navigate("companies");
        @SuppressWarnings("unchecked")
        Grid<CompanyInfo> grid = _get(Grid.class, s -> s.withId("companies-grid"));
        assertThat(grid.getListDataView().getItems().map(CompanyInfo::id)).containsExactly(w.companyA.id());

        login(w.admin);
        UI.getCurrent().navigate("companies");
        @SuppressWarnings("unchecked")
        Grid<CompanyInfo> all = _get(Grid.class, s -> s.withId("companies-grid"));
        _setValue(_get(TextField.class, s -> s.withId("companies-search")), w.key);
        assertThat(all.getListDataView().getItems().map(CompanyInfo::id)).containsExactlyInAnyOrder(w.companyA.id(), w.companyB.id());
        @SuppressWarnings("unchecked")
        ComboBox<Geography.County> county = _get(ComboBox.class, s -> s.withId("companies-county"));
        _setValue(county, ctx.getBean(Geography.class).county("01").orElseThrow()); // both test companies are in Karlskoga, Örebro län
        assertThat(all.getListDataView().getItems()).isEmpty();
        _setValue(county, ctx.getBean(Geography.class).county("18").orElseThrow());
        assertThat(all.getListDataView().getItems().map(CompanyInfo::id)).containsExactlyInAnyOrder(w.companyA.id(), w.companyB.id());
        @SuppressWarnings("unchecked")
        ComboBox<SubprojectInfo> sub = _get(ComboBox.class, s -> s.withId("companies-subproject"));
        _setValue(sub, w.subprojectA);
        assertThat(all.getListDataView().getItems().map(CompanyInfo::id)).containsExactly(w.companyA.id());
        _setValue(sub, null);
        _setValue(county, null);
        _setValue(_get(TextField.class, s -> s.withId("companies-search")), w.companyB.organisationNumber().formatted());
        assertThat(all.getListDataView().getItems().map(CompanyInfo::id)).containsExactly(w.companyB.id());
    }

    @Test
    void companyUserSeesOwnCompanyAndForeignIdIsRefused() {
        login(w.companyUserA);
        UI.getCurrent().navigate("my-company");
        assertThat(_get(H1.class, s -> s.withId("company-name")).getText()).isEqualTo(w.companyA.name());
        assertThat(_get(Span.class, s -> s.withId("company-orgnr")).getText()).isEqualTo(w.companyA.organisationNumber().formatted());

        _setValue(_get(TextField.class, s -> s.withId("company-edit-phone")), "12");
        _click(_get(Button.class, s -> s.withId("company-edit-save")));
        assertThat(_get(TextField.class, s -> s.withId("company-edit-phone")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withId("company-edit-phone")).getValue()).isEqualTo("12");
        _setValue(_get(TextField.class, s -> s.withId("company-edit-phone")), "0586-777 77");
        _click(_get(Button.class, s -> s.withId("company-edit-save")));
        _get(Grid.class, s -> s.withId("company-history"));

        UI.getCurrent().navigate("companies/" + w.companyB.id());
        _assertNone(H1.class, s -> s.withId("company-name"));
    }
}
