package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import se.kompetensresan.shared.BundleI18NProvider;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.MatrixArea;
import se.kompetensresan.survey.SelfAssessmentForm;
import se.kompetensresan.survey.SelfAssessmentIncomplete;
import se.kompetensresan.survey.SelfAssessmentService;
import se.kompetensresan.survey.SurveyService;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The employees' anonymous self-assessment, without an account, through the company's one link: per area of the
 * competence matrix the current level (the matrix's level texts) and whether they want to learn more. Nothing about
 * the employee is asked or kept. An unknown, renewed or closed link shows the not-found page. After an answer a
 * cookie marks the link as answered in this browser, so a second click does not answer twice (another person at
 * the same computer can still answer). Sent with {@code Referrer-Policy: no-referrer} (SelfAssessmentPageHeaders).
 */
@Route(value = "self-assessment/:token", autoLayout = false)
@AnonymousAllowed
class SelfAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SelfAssessmentService selfAssessments;
    private final VerticalLayout body = new VerticalLayout();
    private final Map<String, RadioButtonGroup<Integer>> levels = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<Boolean>> wishes = new LinkedHashMap<>();
    private final Paragraph error = new Paragraph();
    private String token;
    private SelfAssessmentForm form;

    SelfAssessmentView(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
        setId("self-assessment-view");
        setAlignItems(Alignment.CENTER);
        body.setMaxWidth("44em");
        body.setPadding(false);
        error.setId("self-assessment-error");
        error.addClassName("survey-error");
        error.getElement().setAttribute("role", "alert");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.self.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        Optional<SelfAssessmentForm> f = selfAssessments.form(token);
        if (f.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        form = f.get();
        if (answeredHere()) {
            done("survey.self.alreadyAnswered", true);
        } else {
            showForm();
        }
    }

    private void frame() {
        removeAll();
        body.removeAll();
        H1 brand = new H1(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        Select<Locale> language = new Select<>();
        language.setId("self-assessment-language");
        language.setAriaLabel(getTranslation("survey.self.language"));
        language.setItems(BundleI18NProvider.SWEDISH, BundleI18NProvider.ENGLISH);
        language.setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Svenska");
        language.setValue("en".equals(getLocale().getLanguage()) ? BundleI18NProvider.ENGLISH : BundleI18NProvider.SWEDISH);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().setLocale(e.getValue());
                showForm();
            }
        });
        add(brand, language, body);
    }

    private void showForm() {
        frame();
        levels.clear();
        wishes.clear();
        error.setText("");
        body.add(new H2(getTranslation("survey.self.heading", form.companyName())));
        Paragraph intro = new Paragraph(getTranslation("survey.self.intro"));
        intro.setId("self-assessment-intro");
        body.add(intro);
        for (MatrixArea area : form.areas()) {
            Div card = new Div();
            card.addClassName("survey-card");
            card.setId("self-area-" + area.code());
            card.setWidthFull();
            RadioButtonGroup<Integer> level = new RadioButtonGroup<>(getTranslation("survey.self.level"));
            level.setId("self-level-" + area.code());
            level.setItems(IntStream.rangeClosed(SurveyService.MIN_LEVEL, SurveyService.MAX_LEVEL).boxed().toList());
            level.setItemLabelGenerator(l -> getTranslation("survey.level.option", l, getTranslation("survey.level." + l)));
            level.setRequiredIndicatorVisible(true);
            level.addValueChangeListener(e -> level.setInvalid(false));
            RadioButtonGroup<Boolean> wish = new RadioButtonGroup<>(getTranslation("survey.self.learn"));
            wish.setId("self-learn-" + area.code());
            wish.setItems(Boolean.TRUE, Boolean.FALSE);
            wish.setItemLabelGenerator(b -> getTranslation(b ? "survey.self.yes" : "survey.self.no"));
            wish.setRequiredIndicatorVisible(true);
            wish.addValueChangeListener(e -> wish.setInvalid(false));
            levels.put(area.code(), level);
            wishes.put(area.code(), wish);
            card.add(new H3(area.label() != null ? area.label().in(getLocale()) : getTranslation(area.messageKey())),
                    level, wish);
            body.add(card);
        }
        Button send = new Button(getTranslation("survey.self.send"), e -> send());
        send.setId("self-assessment-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        body.add(error, send);
    }

    private void send() {
        Map<String, Integer> l = new LinkedHashMap<>();
        Map<String, Boolean> w = new LinkedHashMap<>();
        levels.forEach((code, g) -> l.put(code, g.getValue()));
        wishes.forEach((code, g) -> w.put(code, g.getValue()));
        try {
            selfAssessments.answer(token, l, w);
        } catch (SelfAssessmentIncomplete ex) {
            levels.forEach((code, g) -> mark(g, ex.missingLevels().contains(code), "survey.self.error.level"));
            wishes.forEach((code, g) -> mark(g, ex.missingWishes().contains(code), "survey.self.error.learn"));
            error.setText(getTranslation(ex.messageKey(), ex.args()));
            enableSend();
            return;
        } catch (UserMessageException ex) {
            if ("survey.self.invalid".equals(ex.messageKey())) {
                done("survey.self.invalid", false);
                return;
            }
            error.setText(getTranslation(ex.messageKey(), ex.args()));
            enableSend();
            return;
        }
        markAnswered();
        done("survey.self.thanks.text", false);
    }

    private void enableSend() {
        body.getChildren().filter(c -> c instanceof Button).forEach(c -> ((Button) c).setEnabled(true));
    }

    private void mark(RadioButtonGroup<?> g, boolean missing, String key) {
        g.setErrorMessage(missing ? getTranslation(key) : null);
        g.setInvalid(missing);
    }

    private void done(String key, boolean offerAgain) {
        frame();
        H2 heading = new H2(getTranslation("survey.self.thanks"));
        Paragraph p = new Paragraph(getTranslation(key));
        p.setId("self-assessment-done");
        body.add(heading, p);
        if (offerAgain) {
            Button again = new Button(getTranslation("survey.self.someoneElse"), e -> showForm());
            again.setId("self-assessment-again");
            body.add(again);
        }
    }

    private boolean answeredHere() {
        String name = SelfAssessmentService.answeredCookie(token);
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return name != null && cookies != null && Arrays.stream(cookies).anyMatch(c -> name.equals(c.getName()));
    }

    private void markAnswered() {
        String name = SelfAssessmentService.answeredCookie(token);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (name != null && response != null) {
            Cookie c = new Cookie(name, "1");
            c.setPath("/");
            c.setMaxAge(60 * 60 * 24 * 365);
            c.setHttpOnly(true);
            response.addCookie(c);
        }
    }
}
