package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.formlayout.FormLayout;
import se.kompetensresan.company.ApplicationField;
import se.kompetensresan.company.ApplicationInvalidException;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.company.FieldError;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.shared.ui.FieldErrors;
import se.kompetensresan.survey.RoleGroup;
import se.kompetensresan.survey.ChoiceOption;
import se.kompetensresan.survey.MatrixArea;
import se.kompetensresan.survey.MatrixRow;
import se.kompetensresan.survey.Priority;
import se.kompetensresan.survey.Question;
import se.kompetensresan.survey.QuestionType;
import se.kompetensresan.survey.Section;
import se.kompetensresan.survey.SurveyConflictException;
import se.kompetensresan.survey.SurveyForm;
import se.kompetensresan.survey.SurveyService;
import se.kompetensresan.survey.SurveyStatus;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

/**
 * The paged fill-in form of one response: one page per section (progress: section n of N and the answered share),
 * next/previous, and a summary page with every section's answers, what is missing and the submit button. Every
 * change is saved at once with the version last seen; a change made elsewhere meanwhile is shown as a conflict and
 * the fresh answers are loaded instead of overwriting them. Without a service (the editor's preview) it only shows.
 */
class SurveyPages extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SurveyService surveys;
    /** The company's users to give sections to (null in the editor's preview). */
    private final CompanyService companies;
    /** The company's users, read once per summary. */
    private List<UserAccount> colleagues;
    private final Clock clock;
    private final boolean preview;
    private SurveyForm form;
    private long version;
    private boolean filling;
    /** Page index; sections().size() is the summary page. */
    private int page;
    /** After the user has seen the summary, missing required answers are marked on every page. */
    private boolean markMissing;

    /** The view's h1 (an h2 in the editor's preview, which has a heading of its own). */
    private final HtmlContainer title;
    private final Paragraph intro = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progress = new Span();
    private final Span savedStatus = new Span();
    /** Saves acknowledged since the view opened. */
    private int saves;
    private final Span conflict = new Span();
    /** On a section's page: who answers it (when the user may not change it, why). */
    private final Paragraph sectionOwner = new Paragraph();
    /** The role group whose matrix answers are shown (per matrix question), when answered per group. */
    private final Map<String, String> shownGroup = new LinkedHashMap<>();
    private final Div body = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button submit = new Button();
    /** What still has to be answered, shown above the page after a refused submit; names the items and links there. */
    private final Div missingNotice = new Div();
    /** Set when a submit was refused for missing answers: the notice is kept up to date until nothing is missing. */
    private boolean showMissing;
    /** Told the new page (0-based; sections().size() is the summary) after every page change. */
    private final IntConsumer pageListener;
    /** The question blocks of the current page by question key. */
    private final Map<String, QuestionBlock> blocks = new LinkedHashMap<>();

    SurveyPages(SurveyService surveys, Clock clock, SurveyForm form, boolean preview) {
        this(surveys, null, clock, form, preview, 0, p -> { });
    }

    /**
     * Opens on {@code startPage} (clamped to the pages there are); {@code pageListener} hears of every page change
     * (the view keeps it in the address, so a reload reopens the same page).
     */
    SurveyPages(SurveyService surveys, CompanyService companies, Clock clock, SurveyForm form, boolean preview,
                int startPage, IntConsumer pageListener) {
        this.pageListener = pageListener;
        this.surveys = surveys;
        this.companies = companies;
        this.clock = clock;
        this.preview = preview;
        title = preview ? new H2() : new H1();
        setPadding(false);
        setWidthFull();
        addClassName("survey-pages");
        title.setId("survey-title");
        title.getElement().setAttribute("tabindex", "-1");
        status.setId("survey-status");
        progress.setId("survey-progress");
        progressBar.setId("survey-progress-bar");
        progressBar.setMin(0);
        progressBar.setMax(1);
        savedStatus.setId("survey-saved-status");
        savedStatus.addClassName("saved-status");
        savedStatus.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout progressRow = new HorizontalLayout(progress, savedStatus);
        progressRow.setWidthFull();
        progressRow.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        progressRow.getStyle().set("flex-wrap", "wrap");
        conflict.setId("survey-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.addClassName("survey-error");
        conflict.setVisible(false);
        body.setId("survey-page");
        body.setWidthFull();
        previous.setId("survey-previous");
        previous.addClickListener(e -> show(page - 1, true));
        next.setId("survey-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> show(page + 1, true));
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.addClickListener(e -> askToSubmit());
        missingNotice.setId("survey-missing");
        missingNotice.addClassName("survey-missing-notice");
        missingNotice.getElement().setAttribute("role", "alert");
        missingNotice.getElement().setAttribute("tabindex", "-1");
        missingNotice.setVisible(false);
        HorizontalLayout nav = new HorizontalLayout(previous, next, submit);
        nav.addClassName("survey-nav");
        nav.setWidthFull();
        sectionOwner.setId("survey-section-owner");
        sectionOwner.addClassName("survey-hint");
        add(title, intro, status, progressBar, progressRow, conflict, missingNotice, sectionOwner, body, nav);
        setForm(form);
        // at the survey's entry the main layout focuses the title (the view's h1): the first question is one Tab away
        show(startPage, false);
    }

    private void setForm(SurveyForm f) {
        form = f;
        version = f.version();
    }

    private List<Section> sections() {
        return form.questionnaire().sections();
    }

    private boolean editable() {
        return !preview && form.editable();
    }

    /** Whether the user may change the answers of the page shown (a section the user answers). */
    private boolean pageEditable() {
        return !preview && page < sections().size() && form.editable(sections().get(page));
    }

    /** "Anna Andersson" or, for the contact's own sections, "the contact Anna Andersson". */
    private String ownerName(Section s) {
        return form.owner(s).map(SurveyForm.SectionOwner::name)
                .orElseGet(() -> getTranslation("survey.owner.contact", form.contactName()));
    }

    /** The first page the user answers that is not done yet (a colleague starts there), else the first page. */
    static int firstOwnPage(SurveyForm form) {
        List<Section> sections = form.questionnaire().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (form.editable(sections.get(i)) && !form.done(sections.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < sections.size(); i++) {
            if (form.editable(sections.get(i))) {
                return i;
            }
        }
        return 0;
    }

    private boolean visible(Question q) {
        return preview || form.visible(q);
    }

    int page() {
        return page;
    }

    // --- pages -----------------------------------------------------------------------------------

    /** The number of pages: one per section and the summary. */
    int pageCount() {
        return sections().size() + 1;
    }

    void show(int index) {
        show(index, false);
    }

    /**
     * Shows a page; with {@code moveFocus} (after Next/Previous or a link to a page) the new page's heading gets
     * the focus, so keyboard and screen-reader users land on (and hear) the new section.
     */
    void show(int index, boolean moveFocus) {
        int before = page;
        page = Math.max(0, Math.min(index, sections().size()));
        title.setText(preview ? form.questionnaire().title().in(getLocale())
                : getTranslation("survey.title." + form.round().name(), form.companyName()));
        intro.setText(preview ? "" : getTranslation("survey.intro." + form.round().name()));
        intro.setVisible(page == 0 && !preview);
        if (form.status() == SurveyStatus.SUBMITTED) {
            String when = form.submittedAt() == null ? "" : DATE_TIME.format(form.submittedAt().atZone(clock.getZone()));
            status.setText(getTranslation("survey.readonly.submitted", when,
                    form.submittedBy() == null ? "" : form.submittedBy()));
            status.setVisible(true);
        } else if (preview) {
            status.setText(getTranslation("survey.preview.note"));
            status.setVisible(true);
        } else if (!form.editable()) {
            status.setText(getTranslation("survey.readonly.draft"));
            status.setVisible(true);
        } else {
            status.setVisible(false);
        }
        body.removeAll();
        blocks.clear();
        HtmlContainer heading;
        sectionOwner.setVisible(false);
        if (page < sections().size()) {
            Section s = sections().get(page);
            if (!preview && form.status() == SurveyStatus.DRAFT && (form.editable() || !form.owners().isEmpty())) {
                sectionOwner.setText(form.editable(s) ? getTranslation("survey.owner.page.yours", ownerName(s))
                        : getTranslation("survey.owner.page.others", ownerName(s)));
                sectionOwner.setVisible(true);
            }
            heading = sectionHeading(s.title().in(getLocale()));
            heading.setId("survey-section-title");
            heading.getElement().setAttribute("tabindex", "-1");
            body.add(heading);
            filling = true;
            try {
                for (Question q : s.questions()) {
                    QuestionBlock b = new QuestionBlock(q);
                    blocks.put(q.key(), b);
                    body.add(b);
                    b.fill();
                }
            } finally {
                filling = false;
            }
            if (markMissing) {
                blocks.values().forEach(QuestionBlock::markMissing);
            }
        } else {
            markMissing = true;
            if (!preview && surveys != null) {
                setForm(surveys.load(form.id())); // what the colleagues answered meanwhile
                updateProgress();
            }
            heading = sectionHeading(getTranslation("survey.summary.title"));
            heading.setId("survey-summary-title");
            heading.getElement().setAttribute("tabindex", "-1");
            body.add(heading, summary());
        }
        previous.setText(getTranslation("survey.previous"));
        previous.setEnabled(page > 0);
        next.setText(page == sections().size() - 1 ? getTranslation("survey.toSummary") : getTranslation("survey.next"));
        next.setVisible(page < sections().size());
        submit.setText(getTranslation("survey.submit"));
        submit.setVisible(page == sections().size() && editable() && form.contact());
        updateProgress();
        renderMissing();
        getElement().executeJs("window.scrollTo(0, 0)");
        if (moveFocus) {
            focus(heading);
        }
        if (before != page || moveFocus) {
            pageListener.accept(page);
        }
    }

    /** A section's heading: one level below the title. */
    private HtmlContainer sectionHeading(String text) {
        HtmlContainer h = preview ? new H3() : new H2();
        h.setText(text);
        return h;
    }

    private static void focus(Component c) {
        c.getElement().executeJs("this.focus({preventScroll: true})");
    }

    private void updateProgress() {
        int total = form.totalItems();
        int answered = form.answeredItems();
        progressBar.setValue(total == 0 ? 0 : (double) answered / total);
        if (page < sections().size()) {
            Section s = sections().get(page);
            progress.setText(getTranslation("survey.progress.section", page + 1, sections().size(),
                    form.answeredItems(s), form.totalItems(s), answered, total));
        } else {
            progress.setText(getTranslation("survey.progress.summary", answered, total));
        }
        progressBar.getElement().setAttribute("aria-label",
                getTranslation("survey.progress.label", page + 1, pageCount(), answered, total));
    }

    private Component summary() {
        colleagues = null; // read once per summary, for every section's choice of who answers it
        Div summary = new Div();
        summary.setId("survey-summary");
        List<SurveyForm.Missing> missing = preview ? List.of() : form.missing();
        Paragraph state = new Paragraph(missing.isEmpty() ? getTranslation("survey.summary.complete")
                : getTranslation("survey.summary.missingCount", missing.size()));
        state.setId("survey-summary-state");
        if (!missing.isEmpty()) {
            state.addClassName("survey-error");
        }
        summary.add(state);
        if (!preview && form.status() == SurveyStatus.DRAFT && form.editable() && !form.contact()) {
            Paragraph who = new Paragraph(getTranslation("survey.owner.submitByContact", form.contactName()));
            who.setId("survey-submit-by-contact");
            who.addClassName("survey-hint");
            summary.add(who);
        } else if (!preview && form.status() == SurveyStatus.DRAFT && form.contact()) {
            Paragraph how = new Paragraph(getTranslation("survey.owner.intro"));
            how.setId("survey-owners-intro");
            how.addClassName("survey-hint");
            summary.add(how);
        }
        int index = 0;
        for (Section s : sections()) {
            int target = index++;
            Div block = new Div();
            block.addClassName("survey-card");
            block.setId("survey-summary-" + s.key());
            H4 h = new H4(s.title().in(getLocale()));
            block.add(h);
            if (!preview) {
                block.add(sectionState(s));
            }
            UnorderedList list = answers(s);
            Button go = new Button(getTranslation(form.editable(s) ? "survey.summary.edit" : "survey.summary.view"),
                    e -> show(target, true));
            go.setId("survey-summary-goto-" + s.key());
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            block.add(list, go);
            summary.add(block);
        }
        return summary;
    }

    /**
     * A section's state on the summary: who answers it, answered of required and whether it is done; for the
     * contact of a draft also the choice of who answers it and an invitation of a new colleague.
     */
    private Component sectionState(Section s) {
        Div state = new Div();
        state.addClassName("survey-section-state");
        int required = form.requiredItems(s);
        Paragraph line = new Paragraph(getTranslation("survey.owner.state", ownerName(s),
                form.answeredRequiredItems(s), required,
                getTranslation(form.done(s) ? "survey.owner.done" : "survey.owner.notDone")));
        line.setId("survey-section-state-" + s.key());
        line.addClassName(form.done(s) ? "survey-section-done" : "survey-section-open");
        state.add(line);
        if (form.contact() && form.status() == SurveyStatus.DRAFT && companies != null) {
            Select<Long> owner = new Select<>();
            owner.setId("survey-owner-" + s.key());
            owner.setLabel(getTranslation("survey.owner.choose", s.title().in(getLocale())));
            Map<Long, String> names = new LinkedHashMap<>();
            names.put(0L, getTranslation("survey.owner.contact", form.contactName()));
            if (colleagues == null) {
                colleagues = companies.users(form.companyId());
            }
            for (UserAccount u : colleagues) {
                if (u.is(Role.COMPANY) && u.id() != form.contactUserId()) {
                    names.putIfAbsent(u.id(), u.label());
                }
            }
            owner.setItems(List.copyOf(names.keySet()));
            owner.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
            owner.setValue(form.owner(s).map(SurveyForm.SectionOwner::userId).orElse(0L));
            owner.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    version = surveys.assignSection(form.id(), s.key(), e.getValue() == 0L ? null : e.getValue());
                    setForm(surveys.load(form.id()));
                    Notification.show(getTranslation("survey.owner.saved", s.title().in(getLocale()),
                            names.get(e.getValue())), 4000, Notification.Position.BOTTOM_START);
                    show(page);
                } catch (SurveyConflictException ex) {
                    reloadAfterConflict();
                } catch (UserMessageException ex) {
                    FieldErrors.of(this, owner).show(ex);
                }
            });
            Button invite = new Button(getTranslation("survey.owner.invite"), e -> openInvite(s));
            invite.setId("survey-invite-" + s.key());
            invite.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(owner, invite);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
            state.add(row);
        }
        return state;
    }

    /** The contact invites a new colleague by e-mail and gives the section to them. */
    private void openInvite(Section s) {
        Dialog dialog = new Dialog();
        dialog.setId("survey-invite-dialog");
        dialog.setHeaderTitle(getTranslation("survey.owner.invite.title", s.title().in(getLocale())));
        TextField name = new TextField(getTranslation("survey.owner.invite.name"));
        name.setId("survey-invite-name");
        EmailField email = new EmailField(getTranslation("survey.owner.invite.email"));
        email.setId("survey-invite-email");
        Paragraph text = new Paragraph(getTranslation("survey.owner.invite.text"));
        FormLayout fields = new FormLayout(name, email);
        dialog.add(text, fields);
        Button cancel = new Button(getTranslation("survey.confirm.cancel"), e -> dialog.close());
        cancel.setId("survey-invite-cancel");
        Button send = new Button(getTranslation("survey.owner.invite.send"), e -> {
            FieldErrors errors = new FieldErrors(this).on("company.error.contact.name", name).on("", email);
            errors.clear();
            try {
                version = surveys.inviteSectionOwner(form.id(), s.key(), name.getValue(), email.getValue());
                dialog.close();
                setForm(surveys.load(form.id()));
                Notification.show(getTranslation("survey.owner.invited", email.getValue().strip(),
                        s.title().in(getLocale())), 5000, Notification.Position.BOTTOM_START);
                show(page);
            } catch (ApplicationInvalidException ex) {
                FieldErrors shown = new FieldErrors(this);
                for (FieldError err : ex.errors()) {
                    shown.showAt(err.field() == ApplicationField.CONTACT_NAME ? name : email, err.messageKey(),
                            err.args().toArray());
                }
            } catch (SurveyConflictException ex) {
                dialog.close();
                reloadAfterConflict();
            } catch (UserMessageException ex) {
                errors.show(ex);
            }
        });
        send.setId("survey-invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, send);
        dialog.open();
        name.focus();
    }

    /** The answers of one section as a list; missing required answers are marked. */
    private UnorderedList answers(Section s) {
        UnorderedList list = new UnorderedList();
        for (Question q : s.questions()) {
            if (!visible(q)) {
                continue;
            }
            String text = q.text().in(getLocale());
            if (q.type() == QuestionType.COMPETENCE_MATRIX && form.perGroup(q)) {
                for (RoleGroup g : form.roleGroups()) {
                    if (form.values().groupAbsent(q.key(), g.key())) {
                        ListItem li = new ListItem(getTranslation("survey.matrix.summary.absent", g.label().in(getLocale())));
                        list.add(li);
                        continue;
                    }
                    for (MatrixArea a : q.areas()) {
                        MatrixRow r = form.values().row(q.key(), a.code(), g.key());
                        ListItem li = new ListItem(getTranslation("survey.matrix.areaOfGroup", areaName(a),
                                g.label().in(getLocale())) + ": " + (r.isEmpty() ? getTranslation("survey.summary.unanswered")
                                : getTranslation("survey.summary.row", dash(r.currentLevel()), dash(r.requiredLevel()),
                                r.priority() == null ? "–" : getTranslation("survey.priority." + r.priority().name()),
                                dash(r.employeesConcerned()))));
                        if (q.required() && !r.complete()) {
                            li.addClassName("survey-missing");
                        }
                        list.add(li);
                    }
                }
            } else if (q.type() == QuestionType.COMPETENCE_MATRIX) {
                for (MatrixArea a : q.areas()) {
                    MatrixRow r = form.values().row(q.key(), a.code());
                    ListItem li = new ListItem(areaName(a) + ": " + (r.isEmpty() ? getTranslation("survey.summary.unanswered")
                            : getTranslation("survey.summary.row", dash(r.currentLevel()), dash(r.requiredLevel()),
                            r.priority() == null ? "–" : getTranslation("survey.priority." + r.priority().name()),
                            dash(r.employeesConcerned()))));
                    if (q.required() && !r.complete()) {
                        li.addClassName("survey-missing");
                    }
                    list.add(li);
                }
            } else {
                String answer = answerText(q);
                ListItem li = new ListItem(text + (text.endsWith("?") || text.endsWith(":") ? " " : ": ") + (answer == null ? getTranslation(q.required()
                        ? "survey.summary.missing" : "survey.summary.unanswered") : answer));
                if (answer == null && q.required()) {
                    li.addClassName("survey-missing");
                }
                list.add(li);
            }
        }
        return list;
    }

    private static String dash(Integer i) {
        return i == null ? "–" : String.valueOf(i);
    }

    private String answerText(Question q) {
        String v = form.values().value(q.key());
        if (v == null) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE_CHOICE -> q.option(v).map(o -> o.label().in(getLocale())).orElse(v);
            case MULTIPLE_CHOICE -> String.join(", ", form.values().choices(q.key()).stream()
                    .map(k -> q.option(k).map(o -> o.label().in(getLocale())).orElse(k)).toList());
            default -> v;
        };
    }

    private String groupLabel(String groupKey) {
        return form.questionnaire().roleGroup(groupKey).map(g -> g.label().in(getLocale())).orElse(groupKey);
    }

    /** "3 av 10 besvarade" or "finns inte hos oss": how far one role group has come. */
    private String groupState(Question q, String groupKey) {
        if (form.values().groupAbsent(q.key(), groupKey)) {
            return getTranslation("survey.matrix.group.absent");
        }
        long answered = q.areas().stream().filter(a -> form.values().row(q.key(), a.code(), groupKey).complete()).count();
        return getTranslation("survey.matrix.group.progress", answered, q.areas().size());
    }

    private String areaName(MatrixArea a) {
        return a.label() != null && a.label().sv() != null && !a.label().sv().isBlank() ? a.label().in(getLocale())
                : getTranslation(a.messageKey());
    }

    // --- saving ----------------------------------------------------------------------------------

    /** Runs one autosave; shows the outcome next to the field, or reloads after a conflict. */
    private void save(LongSupplier call, HasValidation field) {
        try {
            version = call.getAsLong();
            field.setInvalid(false);
            field.setErrorMessage(null);
            conflict.setVisible(false);
            afterSave();
            showSaved();
        } catch (SurveyConflictException e) {
            reloadAfterConflict();
        } catch (UserMessageException e) {
            if ("survey.error.submitted".equals(e.messageKey()) || "survey.error.hidden".equals(e.messageKey())) {
                reloadAfterConflict();
                return;
            }
            field.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            field.setInvalid(true);
            savedStatus.setText(getTranslation("survey.notSaved"));
        }
    }

    /**
     * "Sparat 14:03:22 (3)": the time and how many saves this visit has made, with a short flash (the two flash
     * classes take turns so the animation restarts), so two saves in one second do not look like one.
     */
    private void showSaved() {
        saves++;
        savedStatus.setText(getTranslation("survey.saved", LocalTime.now(clock).format(TIME), saves));
        savedStatus.getElement().setAttribute("data-saves", String.valueOf(saves));
        savedStatus.removeClassNames("saved-flash-a", "saved-flash-b");
        savedStatus.addClassName(saves % 2 == 0 ? "saved-flash-a" : "saved-flash-b");
    }

    /** Loads the stored answers (hidden questions are cleared on the server) and updates what is shown. */
    private void afterSave() {
        setForm(surveys.load(form.id()));
        filling = true;
        try {
            for (QuestionBlock b : blocks.values()) {
                boolean wasVisible = b.isVisible();
                b.setVisible(visible(b.question));
                if (wasVisible != b.isVisible()) {
                    b.fill();
                }
                b.remember();
                if (b.groupChoice != null) {
                    b.groupChoice.getDataProvider().refreshAll();
                }
            }
        } finally {
            filling = false;
        }
        updateProgress();
        renderMissing();
    }

    private void reloadAfterConflict() {
        setForm(surveys.load(form.id()));
        show(page);
        savedStatus.setText("");
        conflict.setText(getTranslation("survey.conflict"));
        conflict.setVisible(true);
    }

    private void askToSubmit() {
        List<SurveyForm.Missing> missing = form.missing();
        if (!missing.isEmpty()) {
            // go to the first missing answer, name everything that is missing at the top, focus the first one
            showMissing = true;
            markMissing = true;
            SurveyForm.Missing first = missing.get(0);
            showGroupOf(first);
            show(sectionIndex(first.sectionKey()), false);
            focusMissing(first);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("survey-confirm");
        dialog.setHeaderTitle(getTranslation("survey.confirm.title"));
        Span dialogError = new Span();
        dialogError.setId("survey-confirm-error");
        dialogError.addClassName("survey-error");
        dialogError.setVisible(false);
        Div answers = new Div();
        answers.setId("survey-confirm-summary");
        answers.addClassName("survey-confirm-summary");
        for (Section s : sections()) {
            answers.add(new H4(s.title().in(getLocale())), answers(s));
        }
        dialog.add(new Paragraph(getTranslation("survey.confirm.text")), answers, dialogError);
        dialog.setMaxWidth("48em");
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

    /** A missing row of a role group: that group is the one shown on the matrix page. */
    private void showGroupOf(SurveyForm.Missing m) {
        if (m.groupKey() != null) {
            shownGroup.put(m.questionKey(), m.groupKey());
        }
    }

    private int sectionIndex(String sectionKey) {
        for (int i = 0; i < sections().size(); i++) {
            if (sections().get(i).key().equals(sectionKey)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Fills the notice above the page with what is missing, section by section (the statements by their text, the
     * matrix areas by name and which level is missing), each with a link to its page; hidden when nothing is.
     */
    private void renderMissing() {
        missingNotice.removeAll();
        List<SurveyForm.Missing> missing = showMissing && !preview ? form.missing() : List.of();
        missingNotice.setVisible(!missing.isEmpty());
        if (missing.isEmpty()) {
            return;
        }
        Paragraph head = new Paragraph(getTranslation("survey.missing.title", missing.size()));
        head.setId("survey-missing-title");
        head.addClassName("survey-error");
        UnorderedList list = new UnorderedList();
        for (int i = 0; i < sections().size(); i++) {
            Section s = sections().get(i);
            List<SurveyForm.Missing> here = missing.stream().filter(m -> m.sectionKey().equals(s.key())).toList();
            if (here.isEmpty()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (SurveyForm.Missing m : here) {
                Question q = s.questions().stream().filter(x -> x.key().equals(m.questionKey())).findFirst().orElseThrow();
                if (m.areaCode() == null) {
                    items.add(getTranslation("survey.missing.question", q.text().in(getLocale())));
                } else {
                    MatrixArea a = q.areas().stream().filter(x -> x.code().equals(m.areaCode())).findFirst().orElseThrow();
                    MatrixRow r = form.values().row(q.key(), a.code(), m.groupKey());
                    String which = r.currentLevel() == null && r.requiredLevel() == null ? "both"
                            : r.currentLevel() == null ? "current" : "required";
                    items.add(getTranslation("survey.missing.area." + which, m.groupKey() == null ? areaName(a)
                            : getTranslation("survey.matrix.areaOfGroup", areaName(a), groupLabel(m.groupKey()))));
                }
            }
            ListItem li = new ListItem();
            li.setId("survey-missing-" + s.key());
            Span text = new Span(getTranslation("survey.missing.section", i + 1, s.title().in(getLocale()),
                    here.size(), String.join("; ", items)));
            li.add(text);
            if (i != page) {
                int target = i;
                SurveyForm.Missing first = here.get(0);
                Button go = new Button(getTranslation("survey.missing.goto", i + 1), e -> {
                    showGroupOf(first);
                    show(target, false);
                    focusMissing(first);
                });
                go.setId("survey-missing-goto-" + s.key());
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                li.add(new Span(" "), go);
            }
            list.add(li);
        }
        missingNotice.add(head, list);
    }

    /** Scrolls to and focuses the first input of a missing answer on the current page. */
    private void focusMissing(SurveyForm.Missing m) {
        QuestionBlock b = blocks.get(m.questionKey());
        Component target = b;
        if (b != null && m.areaCode() != null && b.cards.containsKey(m.areaCode())) {
            AreaCard c = b.cards.get(m.areaCode());
            target = c.saved.currentLevel() == null ? c.current : c.required;
        } else if (b != null && b.input != null) {
            target = (Component) b.input;
        }
        if (target == null) {
            focus(missingNotice);
            return;
        }
        target.getElement().executeJs("this.scrollIntoView({block: 'center'});"
                + "const f = this.querySelector('input, textarea') || this; f.focus({preventScroll: true});");
    }

    // --- one question ----------------------------------------------------------------------------

    /** One question of the current page with its input(s). */
    private final class QuestionBlock extends Div {
        final Question question;
        HasValue<?, ?> input;
        final Map<String, AreaCard> cards = new LinkedHashMap<>();
        /** Matrix with role groups: whole company or per group, the group shown, and whether it is absent. */
        RadioButtonGroup<Boolean> mode;
        RadioButtonGroup<String> groupChoice;
        Checkbox absent;
        final Div cardHolder = new Div();

        QuestionBlock(Question q) {
            this.question = q;
            setId("survey-q-" + q.key());
            addClassName("survey-question");
            String label = q.text().in(getLocale()) + (q.required() && q.type() != QuestionType.COMPETENCE_MATRIX ? " *" : "");
            String help = q.help() == null ? null : q.help().in(getLocale());
            switch (q.type()) {
                case SINGLE_CHOICE -> {
                    RadioButtonGroup<String> g = new RadioButtonGroup<>();
                    g.setItems(q.options().stream().map(ChoiceOption::key).toList());
                    g.setItemLabelGenerator(k -> q.option(k).map(o -> o.label().in(getLocale())).orElse(k));
                    g.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                    g.setLabel(label);
                    g.setHelperText(help);
                    g.addValueChangeListener(e -> {
                        if (!filling && pageEditable()) {
                            save(() -> surveys.saveValue(form.id(), version, q.key(), e.getValue()), g);
                        }
                    });
                    input = g;
                }
                case MULTIPLE_CHOICE -> {
                    CheckboxGroup<String> g = new CheckboxGroup<>();
                    g.setItems(q.options().stream().map(ChoiceOption::key).toList());
                    g.setItemLabelGenerator(k -> q.option(k).map(o -> o.label().in(getLocale())).orElse(k));
                    g.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                    g.setLabel(label);
                    g.setHelperText(help);
                    g.addValueChangeListener(e -> {
                        if (!filling && pageEditable()) {
                            save(() -> surveys.saveChoices(form.id(), version, q.key(), e.getValue()), g);
                        }
                    });
                    input = g;
                }
                case SCALE -> {
                    RadioButtonGroup<Integer> g = new RadioButtonGroup<>();
                    g.setItems(IntStream.rangeClosed(q.min(), q.max()).boxed().toList());
                    g.setItemLabelGenerator(i -> i.equals(q.min()) && q.minLabel() != null
                            ? i + " – " + q.minLabel().in(getLocale())
                            : i.equals(q.max()) && q.maxLabel() != null ? i + " – " + q.maxLabel().in(getLocale())
                            : String.valueOf(i));
                    g.addClassName("survey-scale");
                    g.setLabel(label);
                    g.setHelperText(help);
                    g.addValueChangeListener(e -> {
                        if (!filling && pageEditable()) {
                            save(() -> surveys.saveValue(form.id(), version, q.key(),
                                    e.getValue() == null ? null : String.valueOf(e.getValue())), g);
                        }
                    });
                    input = g;
                }
                case NUMBER -> {
                    IntegerField f = new IntegerField();
                    f.setLabel(label);
                    f.setHelperText(help != null ? help : getTranslation("survey.number.helper", q.min(), q.max()));
                    f.setStepButtonsVisible(true);
                    f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                    f.addValueChangeListener(e -> {
                        if (!filling && pageEditable()) {
                            save(() -> surveys.saveValue(form.id(), version, q.key(),
                                    e.getValue() == null ? null : String.valueOf(e.getValue())), f);
                        }
                    });
                    input = f;
                }
                case FREE_TEXT -> {
                    TextArea t = new TextArea();
                    t.setLabel(label);
                    t.setHelperText((help == null ? "" : help + " ")
                            + getTranslation("survey.text.helper", q.effectiveMaxLength()));
                    t.setWidthFull();
                    t.setMinHeight("6em");
                    t.setValueChangeMode(ValueChangeMode.LAZY);
                    t.setValueChangeTimeout(700);
                    t.addValueChangeListener(e -> {
                        if (!filling && pageEditable()) {
                            save(() -> surveys.saveValue(form.id(), version, q.key(), e.getValue()), t);
                        }
                    });
                    input = t;
                }
                case COMPETENCE_MATRIX -> {
                    add(new Paragraph(q.text().in(getLocale())));
                    if (help != null) {
                        Paragraph hp = new Paragraph(help);
                        hp.addClassName("survey-hint");
                        add(hp);
                    }
                    if (!form.roleGroups().isEmpty()) {
                        addGroupControls(q);
                    }
                    add(cardHolder);
                    buildCards();
                }
            }
            if (input != null) {
                ((Component) input).setId("survey-input-" + q.key());
                ((Component) input).getElement().getStyle().set("width", "100%");
                add((Component) input);
            }
        }

        /** The choice of whole company / per role group, the group shown and its "not at our company". */
        private void addGroupControls(Question q) {
            mode = new RadioButtonGroup<>();
            mode.setId("survey-matrix-mode-" + q.key());
            mode.setLabel(getTranslation("survey.matrix.mode"));
            mode.setItems(false, true);
            mode.setItemLabelGenerator(perGroup -> getTranslation(perGroup ? "survey.matrix.mode.groups"
                    : "survey.matrix.mode.whole"));
            mode.setHelperText(getTranslation("survey.matrix.mode.helper"));
            mode.addValueChangeListener(e -> {
                if (!filling && pageEditable() && e.getValue() != null) {
                    save(() -> surveys.saveMatrixPerGroup(form.id(), version, q.key(), e.getValue()), mode);
                    refreshGroups();
                }
            });
            groupChoice = new RadioButtonGroup<>();
            groupChoice.setId("survey-matrix-group-" + q.key());
            groupChoice.setLabel(getTranslation("survey.matrix.group"));
            groupChoice.setItems(form.roleGroups().stream().map(RoleGroup::key).toList());
            groupChoice.setItemLabelGenerator(k -> groupLabel(k) + " – " + groupState(q, k));
            groupChoice.addValueChangeListener(e -> {
                if (!filling && e.getValue() != null) {
                    shownGroup.put(q.key(), e.getValue());
                    refreshGroups();
                }
            });
            absent = new Checkbox();
            absent.setId("survey-group-absent-" + q.key());
            absent.addValueChangeListener(e -> {
                if (!filling && pageEditable()) {
                    String g = shownGroup.get(q.key());
                    save(() -> surveys.saveGroupAbsent(form.id(), version, q.key(), g, e.getValue()), absent);
                    refreshGroups();
                }
            });
            add(mode, groupChoice, absent);
        }

        /** The group whose answers are shown: the chosen one, else the first. */
        String group() {
            if (mode == null || !form.perGroup(question)) {
                return null;
            }
            return shownGroup.computeIfAbsent(question.key(), k -> form.roleGroups().get(0).key());
        }

        /** Shows the areas of the whole company, or of the group shown unless it is absent. */
        void buildCards() {
            cardHolder.removeAll();
            cards.clear();
            String g = group();
            if (g != null && form.values().groupAbsent(question.key(), g)) {
                Paragraph none = new Paragraph(getTranslation("survey.matrix.absent.note", groupLabel(g)));
                none.setId("survey-group-absent-note");
                none.addClassName("survey-hint");
                cardHolder.add(none);
                return;
            }
            for (MatrixArea a : question.areas()) {
                AreaCard c = new AreaCard(question, a, g);
                cards.put(a.code(), c);
                cardHolder.add(c);
            }
        }

        /** After a change of mode, group or absence: the controls and the cards from the stored answers. */
        void refreshGroups() {
            boolean wasFilling = filling;
            filling = true;
            try {
                buildCards();
                fill();
            } finally {
                filling = wasFilling;
            }
        }

        /** Puts the stored answer into the input(s). */
        @SuppressWarnings({"unchecked", "rawtypes"})
        void fill() {
            boolean wasFilling = filling;
            filling = true;
            try {
                setVisible(visible(question));
                String v = form.values().value(question.key());
                switch (question.type()) {
                    case SINGLE_CHOICE -> ((HasValue) input).setValue(v);
                    case MULTIPLE_CHOICE -> ((HasValue) input).setValue(new LinkedHashSet<>(form.values().choices(question.key())));
                    case SCALE, NUMBER -> ((HasValue) input).setValue(v == null ? null : Integer.valueOf(v));
                    case FREE_TEXT -> ((HasValue) input).setValue(v == null ? "" : v);
                    case COMPETENCE_MATRIX -> {
                        if (mode != null) {
                            String g = group();
                            mode.setValue(form.perGroup(question));
                            mode.setReadOnly(!pageEditable());
                            groupChoice.setVisible(g != null);
                            absent.setVisible(g != null);
                            if (g != null) {
                                groupChoice.setItems(form.roleGroups().stream().map(RoleGroup::key).toList());
                                groupChoice.setValue(g);
                                absent.setLabel(getTranslation("survey.matrix.absent", groupLabel(g)));
                                absent.setValue(form.values().groupAbsent(question.key(), g));
                                absent.setReadOnly(!pageEditable());
                            }
                        }
                        cards.values().forEach(AreaCard::fill);
                    }
                }
                if (input != null) {
                    input.setReadOnly(!pageEditable());
                    ((HasValidation) input).setInvalid(false);
                }
            } finally {
                filling = wasFilling;
            }
        }

        void remember() {
            cards.values().forEach(AreaCard::remember);
        }

        void markMissing() {
            if (preview || !pageEditable() || !isVisible() || !question.required()) {
                return;
            }
            if (question.type() == QuestionType.COMPETENCE_MATRIX) {
                cards.values().forEach(AreaCard::markMissing);
            } else if (form.values().value(question.key()) == null) {
                ((HasValidation) input).setErrorMessage(getTranslation("shared.required"));
                ((HasValidation) input).setInvalid(true);
            }
        }
    }

    /** One area of a competence matrix: nuläge, behov, priority and employees concerned. */
    private final class AreaCard extends Div {
        final Question question;
        final MatrixArea area;
        /** The role group the card answers for, null: the whole company. */
        final String group;
        final RadioButtonGroup<Integer> current;
        final RadioButtonGroup<Integer> required;
        final RadioButtonGroup<Priority> priority = new RadioButtonGroup<>();
        final IntegerField employees = new IntegerField();
        MatrixRow saved = MatrixRow.EMPTY;

        AreaCard(Question q, MatrixArea area, String group) {
            this.question = q;
            this.area = area;
            this.group = group;
            setId("survey-area-" + area.code());
            addClassName("survey-card");
            H4 name = new H4(group == null ? areaName(area)
                    : getTranslation("survey.matrix.areaOfGroup", areaName(area), groupLabel(group)));
            current = levelGroup("survey-current-" + area.code(), "survey.current");
            required = levelGroup("survey-required-" + area.code(), "survey.required");
            priority.setId("survey-priority-" + area.code());
            priority.setLabel(getTranslation("survey.priority"));
            priority.setItems(Priority.values());
            priority.setItemLabelGenerator(p -> getTranslation("survey.priority." + p.name()));
            employees.setId("survey-employees-" + area.code());
            employees.setLabel(getTranslation("survey.employees"));
            employees.setMin(0);
            employees.setStepButtonsVisible(true);
            employees.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            current.addValueChangeListener(e -> changed(current));
            required.addValueChangeListener(e -> changed(required));
            priority.addValueChangeListener(e -> changed(priority));
            employees.addValueChangeListener(e -> changed(employees));
            Div levels = new Div(current, required);
            levels.addClassName("survey-levels");
            Div more = new Div(priority, employees);
            more.addClassName("survey-levels");
            add(name, levels, more);
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

        void fill() {
            remember();
            current.setValue(saved.currentLevel());
            required.setValue(saved.requiredLevel());
            priority.setValue(saved.priority());
            employees.setValue(saved.employeesConcerned());
            for (HasValue<?, ?> f : List.of(current, required, priority, employees)) {
                f.setReadOnly(!pageEditable());
                ((HasValidation) f).setInvalid(false);
            }
        }

        void remember() {
            saved = form.values().row(question.key(), area.code(), group);
        }

        void markMissing() {
            if (saved.currentLevel() == null) {
                current.setErrorMessage(getTranslation("shared.required"));
                current.setInvalid(true);
            }
            if (saved.requiredLevel() == null) {
                required.setErrorMessage(getTranslation("shared.required"));
                required.setInvalid(true);
            }
        }

        /** Saves the changed field together with the values last saved for the others. */
        private void changed(HasValidation field) {
            if (filling || !pageEditable()) {
                return;
            }
            MatrixRow row = new MatrixRow(field == current ? current.getValue() : saved.currentLevel(),
                    field == required ? required.getValue() : saved.requiredLevel(),
                    field == priority ? priority.getValue() : saved.priority(),
                    field == employees ? employees.getValue() : saved.employeesConcerned());
            save(() -> surveys.saveMatrixRow(form.id(), version, question.key(), area.code(), group, row), field);
        }
    }

}
