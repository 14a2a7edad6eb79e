package se.kompetensresan.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.kompetensresan.KaribuTest;
import se.kompetensresan.coaching.CoachingTestData;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.TurnoverClass;
import se.kompetensresan.participant.LedgerWorld;
import se.kompetensresan.participant.ParticipantInfo;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.Geography;
import se.kompetensresan.survey.SurveyRound;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyTestData;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the forms themselves, not their services ({@link MalformedInputTest} and
 * {@link MalformedInputAcrossTheJourneyTest} drive those): the public application form, the company's survey (free
 * texts and numbers), the participant form, the attendance hours and the password form on Mitt konto get a sample
 * of the malformed values, typed into one field at a time of an otherwise valid form. Each one refused must be
 * refused at that field (invalid, with a message), with the typed value still in the field and nothing stored; an
 * accepted one must reach its confirmation; no exception may escape. The count is printed.
 */
class MalformedInputThroughTheFormsTest extends KaribuTest {

    /** A sample of {@link MalformedInputCheck#NASTY}: overlong, controls, header injection, direction override, emoji, markup, SQL, numbers. */
    static final List<String> SAMPLE = List.of("x".repeat(10_000), "a\u0000b", "rad1\r\nBcc: angripare@example.com",
            "\u202Egnp.exe", "😀".repeat(150), "<script>alert(1)</script>", "'; drop table app_user; --", "-1",
            "99999999999999999999999", " ");
    /** And what a number field gets besides. */
    static final List<String> NUMBERS = List.of("4O", "1e309", "NaN", "1,5", "-0", "0x10");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    SurveyService surveys;

    int count;
    int refused;
    final java.util.Map<String, Integer> perForm = new java.util.TreeMap<>();
    final List<String> failures = new ArrayList<>();

    /**
     * One input: the value typed into the field, then the form sent. Refused: at this field with a message, the
     * value kept, nothing stored. Accepted: the form's confirmation is there. Nothing may escape.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void input(String what, Component field, Object value, Runnable send, Supplier<Object> stored,
                       Supplier<Boolean> accepted) {
        count++;
        perForm.merge(what.substring(0, what.indexOf(' ')), 1, Integer::sum);
        Object before = stored.get();
        try {
            _setValue((HasValue) field, value);
            send.run();
        } catch (RuntimeException e) {
            failures.add(what + ": " + e.getClass().getName() + ": " + e.getMessage());
            return;
        }
        HasValidation v = (HasValidation) field;
        if (v.isInvalid()) {
            refused++;
            if (v.getErrorMessage() == null || v.getErrorMessage().isBlank()) {
                failures.add(what + ": invalid without a message");
            }
            if (!Objects.equals(((HasValue) field).getValue(), value)) {
                failures.add(what + ": the typed value changed in the field");
            }
            if (!Objects.equals(stored.get(), before)) {
                failures.add(what + ": refused, but something was stored");
            }
        } else if (!accepted.get()) {
            failures.add(what + ": neither refused beside the field nor accepted");
        }
    }

    /** A new instance of the route's view (navigating to the current location would keep the old one). */
    private static void fresh(String elsewhere, String route) {
        _find(com.vaadin.flow.component.dialog.Dialog.class).forEach(com.vaadin.flow.component.dialog.Dialog::close);
        UI.getCurrent().navigate(elsewhere);
        UI.getCurrent().navigate(route);
    }

    private static String show(String s) {
        return MalformedInputCheck.show(s);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void malformedValuesTypedIntoTheFormsAreRefusedBesideTheirFieldAndNothingIsStored() {
        CoachingTestData w = new CoachingTestData(ctx);
        onboardingForm(w);
        passwordForm();
        LedgerWorld world = new LedgerWorld(ctx);
        participantForm(world);
        attendanceHours(world);
        surveyFields();

        System.out.printf("MalformedInputThroughTheFormsTest: %d malformed inputs through the forms, %d refused beside"
                + " their field, %d accepted, %d failures; by form %s%n", count, refused, count - refused, failures.size(),
                perForm);
        assertThat(failures).isEmpty();
        assertThat(perForm.keySet()).containsExactlyInAnyOrder("application", "password", "participant", "attendance", "survey");
        assertThat(count).isGreaterThanOrEqualTo(100);
    }

    // ------------------------------------------------------------------ the public application form

    @SuppressWarnings("unchecked")
    private void fillValidApplication(CoachingTestData w) {
        se.kompetensresan.company.ui.ApplicationFormFill.valid(ctx, CoachingTestData.organisationNumber(), "Bruket " + w.key);
    }

    private void onboardingForm(CoachingTestData w) {
        List<String> texts = List.of("onboarding-orgnr", "onboarding-name", "onboarding-address", "onboarding-postalcode",
                "onboarding-town", "onboarding-sni", "onboarding-contact-name", "onboarding-phone");
        List<String> numbers = List.of("onboarding-women", "onboarding-men", "onboarding-deminimis");
        for (String id : concat(texts, numbers, List.of("onboarding-email"))) {
            List<String> values = numbers.contains(id) ? concat(SAMPLE, NUMBERS) : SAMPLE;
            for (String bad : values) {
                fresh("login", "onboarding/" + w.project.id());
                fillValidApplication(w);
                Component field = id.equals("onboarding-email") ? _get(EmailField.class, s -> s.withId(id))
                        : _get(TextField.class, s -> s.withId(id));
                input("application " + id + "=" + show(bad), field, bad,
                        () -> _click(_get(Button.class, s -> s.withId("onboarding-submit"))),
                        () -> count("select count(*) from company_application"),
                        () -> !_find(Span.class, s -> s.withId("onboarding-reference")).isEmpty());
            }
        }
    }

    // ------------------------------------------------------------------ Mitt konto: the password

    private void passwordForm() {
        String name = "malformed-ui-" + UUID.randomUUID().toString().substring(0, 8);
        String good = "ett riktigt bra lösenord";
        userService.create(new UserForm(name, good, "Formulär", null, Role.ADMIN, null, Set.of()));
        login(name);
        Supplier<Object> hash = () -> jdbc.queryForObject("select password_hash from app_user where username = ?",
                String.class, name);
        for (String field : List.of("account-password", "account-current")) {
            for (String bad : SAMPLE) {
                fresh("admin/users", "account");
                PasswordField current = _get(PasswordField.class, s -> s.withId("account-current"));
                PasswordField password = _get(PasswordField.class, s -> s.withId("account-password"));
                PasswordField repeat = _get(PasswordField.class, s -> s.withId("account-repeat"));
                _setValue(current, good);
                _setValue(password, "ett annat bra lösenord " + count);
                String newPassword = field.equals("account-password") ? bad : password.getValue();
                _setValue(repeat, newPassword);
                Object hashBefore = hash.get();
                input("password " + field + "=" + show(bad), field.equals("account-password") ? password : current, bad,
                        () -> _click(_get(Button.class, s -> s.withId("account-change"))), hash,
                        () -> !Objects.equals(hash.get(), hashBefore));
                if (!Objects.equals(hash.get(), hashBefore)) {
                    good = newPassword; // accepted: the new password is now the current one
                }
            }
        }
    }

    // ------------------------------------------------------------------ the participant form

    private void participantForm(LedgerWorld world) {
        CoachingTestData w = world.w;
        login(w.companyUserA);
        int serial = 300;
        for (String id : List.of("participant-name", "participant-pnr", "participant-email")) {
            for (String bad : SAMPLE) {
                fresh("account", "my-company/participants");
                _click(_get(Button.class, s -> s.withId("participant-add")));
                _setValue(_get(TextField.class, s -> s.withId("participant-name")), "Anna Svetsare");
                _setValue(_get(TextField.class, s -> s.withId("participant-pnr")),
                        CoachingTestData.personnummer("19850315", serial += 10));
                _setValue(_get(EmailField.class, s -> s.withId("participant-email")), "anna-" + serial + "@verkstad.se");
                Component field = id.equals("participant-email") ? _get(EmailField.class, s -> s.withId(id))
                        : _get(TextField.class, s -> s.withId(id));
                input("participant " + id + "=" + show(bad), field, bad,
                        () -> _click(_get(Button.class, s -> s.withId("participant-save"))),
                        () -> count("select count(*) from participant where company_id = ?", w.companyA.id()),
                        () -> _find(Button.class, s -> s.withId("participant-save")).isEmpty());
            }
        }
    }

    // ------------------------------------------------------------------ attendance hours

    @SuppressWarnings("unchecked")
    private void attendanceHours(LedgerWorld world) {
        ParticipantInfo anna = world.participant("Anna Timmar", true);
        login(world.w.companyUserA);
        UI.getCurrent().navigate("training/attendance/" + world.activity1);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withId("attendance-participants")), Set.of(anna));
        RadioButtonGroup<Object> period = _get(RadioButtonGroup.class, s -> s.withId("attendance-period"));
        period.getListDataView().getItems().filter(p -> p.toString().equals("MONTH")).findFirst()
                .ifPresent(p -> _setValue(period, p));
        String cellId = "cell-" + anna.id() + "-" + world.day(3);
        Supplier<Object> hours = () -> jdbc.queryForList("select hours from attendance_day where participant_id = ?"
                + " and attendance_date = ?", Integer.class, anna.id(), java.sql.Date.valueOf(world.day(3)));
        for (String bad : concat(SAMPLE, NUMBERS, List.of("25", "14", "0,5", "4 timmar"))) {
            TextField cell = _get(TextField.class, s -> s.withId(cellId));
            input("attendance hours=" + show(bad), cell, bad, () -> { }, hours,
                    // accepted: stored, or a zero that clears the day ("-0" is zero, and the field keeps what was typed)
                    () -> !((List<?>) hours.get()).isEmpty() || bad.isBlank() || bad.strip().matches("[-+]?0+"));
        }
    }

    // ------------------------------------------------------------------ the survey: free texts and numbers

    private void surveyFields() {
        SurveyTestData.World w = SurveyTestData.create(userService, projects, companies);
        long responseId = surveys.open(w.companyA(), SurveyRound.FIRST);
        String user = w.companyUserA();
        login(user);
        for (int page = 1; page <= 8; page++) {
            UI.getCurrent().navigate("survey/" + responseId, QueryParameters.of("page", String.valueOf(page)));
            for (TextArea t : _find(TextArea.class)) {
                String id = t.getId().orElse("");
                if (!id.startsWith("survey-input-") || !t.isVisible()) {
                    continue;
                }
                String key = id.substring("survey-input-".length());
                for (String bad : SAMPLE) {
                    input("survey " + key + "=" + show(bad), t, bad, () -> { },
                            () -> stored(user, responseId, key), () -> Objects.equals(stored(user, responseId, key), bad)
                                    || bad.isBlank());
                }
            }
            for (IntegerField f : _find(IntegerField.class)) {
                String id = f.getId().orElse("");
                if (!id.startsWith("survey-input-") || !f.isVisible()) {
                    continue;
                }
                String key = id.substring("survey-input-".length());
                for (Integer bad : List.of(-1, Integer.MAX_VALUE, Integer.MIN_VALUE, 1_000_000)) {
                    input("survey " + key + "=" + bad, f, bad, () -> { }, () -> stored(user, responseId, key),
                            () -> Objects.equals(stored(user, responseId, key), String.valueOf(bad)));
                }
            }
        }
    }

    private Object stored(String user, long responseId, String key) {
        SurveyTestData.runAs(userService, user);
        return surveys.load(responseId).values().value(key);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }
}
