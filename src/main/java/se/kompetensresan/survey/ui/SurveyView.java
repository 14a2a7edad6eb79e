package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.SurveyConflictException;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyStatus;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * The survey form (kartläggning or uppföljning) of one response. The company's own users fill it in while
 * it is a draft; every change is saved at once with the version last seen, and a change made elsewhere in
 * the meantime reloads the fresh answers instead of overwriting them. Coaches, managers, admins (and the
 * company once it has submitted) see it read-only.
 */
@Route("survey/:responseId")
@RolesAllowed({"COMPANY", "COACH", "MANAGER", "ADMIN"})
class SurveyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM = "responseId";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SurveyService surveys;
    private final Clock clock;

    private SurveyForm form;
    /** The version of the response this view last saw; sent with every change. */
    private long version;
    /** True while values are put into the fields by the view itself (no autosave then). */
    private boolean filling;

    private final H2 title = new H2();
    private final Paragraph intro = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progress = new Span();
    private final Span savedStatus = new Span();
    private final Span conflict = new Span();
    private final Map<String, AreaCard> cards = new LinkedHashMap<>();
    private final TextArea recruitment = new TextArea();
    private final TextArea hardestRoles = new TextArea();
    private final Span submitError = new Span();
    private final Button submit = new Button();

    SurveyView(SurveyService surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        setId("survey");
        setMaxWidth("60em");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get(PARAM).orElse(""));
        } catch (NumberFormatException e) {
            throw new AccessRefusedException("not a survey response id");
        }
        form = surveys.load(id);
        version = form.version();
        if (cards.isEmpty()) {
            build();
        }
        fill();
    }

    @Override
    public String getPageTitle() {
        return form == null ? getTranslation("survey.title")
                : getTranslation("survey.title." + form.round().name(), form.companyName());
    }

    // --- layout ----------------------------------------------------------------------------------

    private void build() {
        title.setId("survey-title");
        status.setId("survey-status");

        progress.setId("survey-progress");
        progressBar.setId("survey-progress-bar");
        progressBar.setMin(0);
        progressBar.setMax(form.totalAreas());
        savedStatus.setId("survey-saved-status");
        savedStatus.addClassName("saved-status");
        HorizontalLayout progressRow = new HorizontalLayout(progress, savedStatus);
        progressRow.setWidthFull();
        progressRow.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        progressRow.getStyle().set("flex-wrap", "wrap");

        conflict.setId("survey-conflict");
        conflict.setText(getTranslation("survey.conflict"));
        conflict.getElement().setAttribute("role", "alert");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        conflict.setVisible(false);

        add(title, intro, status, progressBar, progressRow, conflict);

        for (String area : CompetenceAreas.ALL) {
            AreaCard card = new AreaCard(area);
            cards.put(area, card);
            add(card);
        }

        H3 textsHeading = new H3(getTranslation("survey.texts.heading"));
        configureText(recruitment, "survey-text-recruitment", "survey.text.recruitment",
                SurveyService.TEXT_RECRUITMENT_NEEDS);
        configureText(hardestRoles, "survey-text-hardest-roles", "survey.text.hardestRoles",
                SurveyService.TEXT_HARDEST_ROLES);
        add(textsHeading, recruitment, hardestRoles);

        submit.setText(getTranslation("survey.submit"));
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> askToSubmit());
        submitError.setId("survey-submit-error");
        submitError.getStyle().set("color", "var(--lumo-error-text-color)");
        submitError.setVisible(false);
        add(submitError, submit);
    }

    private void configureText(TextArea area, String id, String labelKey, String field) {
        area.setId(id);
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation("survey.text.helper", SurveyService.MAX_TEXT_LENGTH));
        area.setMaxLength(SurveyService.MAX_TEXT_LENGTH);
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setValueChangeMode(ValueChangeMode.ON_BLUR);
        area.addValueChangeListener(e -> {
            if (!filling && form.editable()) {
                save(() -> surveys.saveText(form.id(), version, field, e.getValue()), area, () -> { });
            }
        });
    }

    /** Puts the form's values into the fields and sets what may be edited. */
    private void fill() {
        filling = true;
        try {
            title.setText(getPageTitle());
            intro.setText(getTranslation("survey.intro." + form.round().name()));
            boolean editable = form.editable();
            if (form.status() == SurveyStatus.SUBMITTED) {
                String when = form.submittedAt() == null ? ""
                        : DATE_TIME.format(form.submittedAt().atZone(clock.getZone()));
                status.setText(getTranslation("survey.readonly.submitted", when,
                        form.submittedBy() == null ? "" : form.submittedBy()));
                status.setVisible(true);
            } else if (!editable) {
                status.setText(getTranslation("survey.readonly.draft"));
                status.setVisible(true);
            } else {
                status.setVisible(false);
            }
            for (SurveyForm.AreaAnswer a : form.answers()) {
                AreaCard card = cards.get(a.areaCode());
                if (card != null) {
                    card.show(a, editable);
                }
            }
            showText(recruitment, form.recruitmentNeeds(), editable);
            showText(hardestRoles, form.hardestRoles(), editable);
            submit.setVisible(editable);
            submitError.setVisible(false);
            updateProgress();
        } finally {
            filling = false;
        }
    }

    private static void showText(TextArea area, String value, boolean editable) {
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!editable);
        area.setInvalid(false);
    }

    private void updateProgress() {
        long answered = cards.values().stream().filter(AreaCard::complete).count();
        progress.setText(getTranslation("survey.progress", answered, cards.size()));
        progressBar.setValue(answered);
    }

    // --- saving ----------------------------------------------------------------------------------

    /** Runs one autosave; shows the outcome next to the field, or reloads after a conflict. */
    private void save(LongSupplier saveCall, HasValidation field, Runnable onSaved) {
        try {
            version = saveCall.getAsLong();
            field.setInvalid(false);
            field.setErrorMessage(null);
            conflict.setVisible(false);
            onSaved.run();
            updateProgress();
            savedStatus.setText(getTranslation("survey.saved", LocalTime.now(clock).format(TIME)));
        } catch (SurveyConflictException e) {
            reloadAfterConflict();
        } catch (UserMessageException e) {
            if ("survey.error.submitted".equals(e.messageKey())) {
                reloadAfterConflict();
                return;
            }
            field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            field.setInvalid(true);
            savedStatus.setText(getTranslation("survey.notSaved"));
        }
    }

    private void reloadAfterConflict() {
        form = surveys.load(form.id());
        version = form.version();
        fill();
        savedStatus.setText("");
        conflict.setVisible(true);
    }

    // --- submitting ------------------------------------------------------------------------------

    private void askToSubmit() {
        List<AreaCard> missing = cards.values().stream().filter(c -> !c.complete()).toList();
        if (!missing.isEmpty()) {
            missing.forEach(AreaCard::markMissing);
            submitError.setText(getTranslation("survey.error.incomplete", missing.size()));
            submitError.setVisible(true);
            return;
        }
        submitError.setVisible(false);

        Dialog dialog = new Dialog();
        dialog.setId("survey-confirm");
        dialog.setHeaderTitle(getTranslation("survey.confirm.title"));
        UnorderedList summary = new UnorderedList();
        summary.setId("survey-confirm-summary");
        for (AreaCard c : cards.values()) {
            summary.add(new ListItem(getTranslation("survey.confirm.area",
                    getTranslation(CompetenceAreas.messageKey(c.area)), c.savedCurrent, c.savedRequired)));
        }
        Span dialogError = new Span();
        dialogError.setId("survey-confirm-error");
        dialogError.getStyle().set("color", "var(--lumo-error-text-color)");
        dialogError.setVisible(false);
        dialog.add(new Paragraph(getTranslation("survey.confirm.text")), summary, dialogError);

        Button cancel = new Button(getTranslation("survey.confirm.cancel"), e -> dialog.close());
        cancel.setId("survey-confirm-cancel");
        Button confirm = new Button(getTranslation("survey.confirm.submit"), e -> {
            try {
                surveys.submit(form.id(), version);
                dialog.close();
                Notification.show(getTranslation("survey.submitted"), 4000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate("inbox");
            } catch (SurveyConflictException ex) {
                dialog.close();
                reloadAfterConflict();
            } catch (UserMessageException ex) {
                dialogError.setText(getTranslation(ex.messageKey(), ex.args()));
                dialogError.setVisible(true);
            }
        });
        confirm.setId("survey-confirm-submit");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    // --- one competence area ---------------------------------------------------------------------

    /** The card of one competence area; remembers the values last saved so each change saves one field. */
    private final class AreaCard extends Div {
        final String area;
        final RadioButtonGroup<Integer> current;
        final RadioButtonGroup<Integer> required;
        final IntegerField employees = new IntegerField();
        Integer savedCurrent;
        Integer savedRequired;
        Integer savedEmployees;

        AreaCard(String area) {
            this.area = area;
            setId("survey-area-" + area);
            addClassName("survey-card");
            getStyle().set("box-sizing", "border-box").set("width", "100%")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m) var(--lumo-space-m)")
                    .set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)")
                    .set("background", "var(--lumo-base-color)");
            H3 name = new H3(getTranslation(CompetenceAreas.messageKey(area)));
            name.getStyle().set("margin-top", "var(--lumo-space-s)");

            current = levelGroup("survey-current-" + area, "survey.current");
            required = levelGroup("survey-required-" + area, "survey.required");
            employees.setId("survey-employees-" + area);
            employees.setLabel(getTranslation("survey.employees"));
            employees.setMin(0);
            employees.setStepButtonsVisible(true);
            employees.setValueChangeMode(ValueChangeMode.ON_CHANGE);

            current.addValueChangeListener(e -> changed(current));
            required.addValueChangeListener(e -> changed(required));
            employees.addValueChangeListener(e -> changed(employees));

            // side by side where there is room, stacked on a phone
            Div levels = new Div(current, required);
            levels.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0 var(--lumo-space-xl)");
            current.getStyle().set("flex", "1 1 14em");
            required.getStyle().set("flex", "1 1 14em");
            add(name, levels, employees);
        }

        private RadioButtonGroup<Integer> levelGroup(String id, String labelKey) {
            RadioButtonGroup<Integer> g = new RadioButtonGroup<>();
            g.setId(id);
            g.setLabel(getTranslation(labelKey));
            g.setItems(IntStream.rangeClosed(SurveyService.MIN_LEVEL, SurveyService.MAX_LEVEL).boxed().toList());
            g.setItemLabelGenerator(level -> getTranslation("survey.level.option", level,
                    getTranslation("survey.level." + level)));
            g.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            return g;
        }

        void show(SurveyForm.AreaAnswer a, boolean editable) {
            savedCurrent = a.currentLevel();
            savedRequired = a.requiredLevel();
            savedEmployees = a.employeesConcerned();
            current.setValue(savedCurrent);
            required.setValue(savedRequired);
            employees.setValue(savedEmployees);
            for (var f : List.of(current, required)) {
                f.setReadOnly(!editable);
                f.setInvalid(false);
            }
            employees.setReadOnly(!editable);
            employees.setInvalid(false);
        }

        boolean complete() {
            return savedCurrent != null && savedRequired != null;
        }

        void markMissing() {
            if (savedCurrent == null) {
                current.setErrorMessage(getTranslation("shared.required"));
                current.setInvalid(true);
            }
            if (savedRequired == null) {
                required.setErrorMessage(getTranslation("shared.required"));
                required.setInvalid(true);
            }
        }

        /** Saves the changed field together with the values last saved for the other two. */
        private void changed(HasValidation field) {
            if (filling || !form.editable()) {
                return;
            }
            Integer c = field == current ? current.getValue() : savedCurrent;
            Integer r = field == required ? required.getValue() : savedRequired;
            Integer n = field == employees ? employees.getValue() : savedEmployees;
            save(() -> surveys.saveAnswer(form.id(), version, area, c, r, n), field, () -> {
                savedCurrent = c;
                savedRequired = r;
                savedEmployees = n;
            });
        }
    }
}
