package se.kompetensresan.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.project.ProjectInfo;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;
import se.kompetensresan.survey.ChoiceOption;
import se.kompetensresan.survey.Condition;
import se.kompetensresan.survey.LocalizedText;
import se.kompetensresan.survey.MatrixArea;
import se.kompetensresan.survey.Question;
import se.kompetensresan.survey.QuestionType;
import se.kompetensresan.survey.QuestionnaireDefinition;
import se.kompetensresan.survey.QuestionnaireInfo;
import se.kompetensresan.survey.QuestionnaireService;
import se.kompetensresan.survey.QuestionnaireStatus;
import se.kompetensresan.survey.RoleGroup;
import se.kompetensresan.survey.Section;
import se.kompetensresan.survey.SurveyForm;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * ADMIN: the questionnaire versions; "Ny version" copies a version into a draft, which is edited here (texts in
 * Swedish and English, sections, questions, matrix areas, conditions and type settings; every change is saved at
 * once), previewed as the companies see it, and published for a project (then immutable).
 */
@Route("admin/questionnaires")
@Menu(order = 92, title = "survey.menu.questionnaires", icon = "vaadin:list-ol")
@RolesAllowed({"ADMIN"})
class QuestionnaireEditorView extends VerticalLayout implements HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private final Clock clock;
    private final Grid<QuestionnaireInfo> versions = new Grid<>();
    private final Button newVersion = new Button();
    private final Button preview = new Button();
    private final Select<ProjectInfo> publishProject = new Select<>();
    private final Button publish = new Button();
    private final Button retire = new Button();
    private final Span state = new Span();
    private final Span error = new Span();
    private final Div editor = new Div();
    private final Map<Long, String> projectNames;
    private QuestionnaireInfo selected;

    QuestionnaireEditorView(QuestionnaireService questionnaires, ProjectService projects, Clock clock) {
        this.questionnaires = questionnaires;
        this.clock = clock;
        setId("questionnaire-editor-view");
        setMaxWidth("70em");
        setWidthFull();
        List<ProjectInfo> allProjects = projects.visibleProjects();
        projectNames = allProjects.stream().collect(Collectors.toMap(ProjectInfo::id, ProjectInfo::name));

        H1 title = new H1(getTranslation("survey.editor.title"));
        Paragraph intro = new Paragraph(getTranslation("survey.editor.intro"));
        intro.addClassName("survey-hint");

        versions.setId("questionnaire-versions");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.setAllRowsVisible(true);
        versions.addColumn(q -> q.definition().title().in(getLocale())).setHeader(getTranslation("survey.editor.key")).setFlexGrow(3);
        versions.addColumn(QuestionnaireInfo::version).setHeader(getTranslation("survey.editor.version")).setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(q -> getTranslation("survey.editor.status." + q.status().name()))
                .setHeader(getTranslation("survey.editor.status")).setAutoWidth(true);
        versions.addColumn(this::projectsText).setHeader(getTranslation("survey.editor.projects")).setFlexGrow(2);
        versions.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                select(e.getValue());
            }
        });

        newVersion.setText(getTranslation("survey.editor.newVersion"));
        newVersion.setId("questionnaire-new-version");
        newVersion.addClickListener(e -> act(() -> questionnaires.newVersion(selected.id())));
        preview.setText(getTranslation("survey.editor.preview"));
        preview.setId("questionnaire-preview");
        preview.addClickListener(e -> openPreview());
        publishProject.setId("questionnaire-publish-project");
        publishProject.setLabel(getTranslation("survey.editor.publishFor"));
        publishProject.setItems(allProjects);
        publishProject.setItemLabelGenerator(p -> p == null ? getTranslation("survey.editor.allProjects") : p.name());
        publishProject.setEmptySelectionAllowed(true);
        publishProject.setEmptySelectionCaption(getTranslation("survey.editor.allProjects"));
        publish.setText(getTranslation("survey.editor.publish"));
        publish.setId("questionnaire-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> act(() -> questionnaires.publish(selected.id(),
                publishProject.getValue() == null ? Set.of() : Set.of(publishProject.getValue().id()))));
        retire.setText(getTranslation("survey.editor.retire"));
        retire.setId("questionnaire-retire");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("survey.editor.retire"),
                    getTranslation("survey.editor.retire.confirm"), getTranslation("survey.editor.retire"),
                    ok -> act(() -> questionnaires.retire(selected.id())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("shared.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("questionnaire-retire-confirm");
            confirm.open();
        });
        HorizontalLayout toolbar = new HorizontalLayout(newVersion, preview, publishProject, publish, retire);
        toolbar.addClassName("qe-toolbar");
        toolbar.setWidthFull();
        state.setId("questionnaire-state");
        error.setId("questionnaire-error");
        error.addClassName("survey-error");
        error.getElement().setAttribute("role", "alert");
        editor.setId("questionnaire-editor");
        editor.setWidthFull();
        add(title, intro, versions, toolbar, state, error, editor);
        refresh(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.editor.title");
    }

    private String projectsText(QuestionnaireInfo q) {
        return q.projectIds().isEmpty() ? getTranslation("survey.editor.allProjects")
                : q.projectIds().stream().map(id -> projectNames.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
    }

    private void refresh(Long selectId) {
        List<QuestionnaireInfo> all = questionnaires.list();
        versions.setItems(all);
        QuestionnaireInfo pick = all.stream().filter(q -> selectId != null && q.id() == selectId).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        if (pick != null) {
            versions.select(pick);
            select(pick);
        }
    }

    private void select(QuestionnaireInfo q) {
        selected = q;
        boolean draft = q.status() == QuestionnaireStatus.DRAFT;
        publish.setEnabled(draft);
        publishProject.setEnabled(draft);
        retire.setEnabled(q.status() == QuestionnaireStatus.PUBLISHED);
        state.setText(draft ? "" : getTranslation("survey.editor.readonly",
                getTranslation("survey.editor.status." + q.status().name()).toLowerCase(getLocale())));
        build();
    }

    /** Runs a service call that returns the changed version, then shows it (or the error). */
    private void act(Supplier<QuestionnaireInfo> call) {
        try {
            QuestionnaireInfo q = call.get();
            error.setText("");
            refresh(q.id());
        } catch (UserMessageException e) {
            error.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void edit(UnaryOperator<QuestionnaireDefinition> change) {
        act(() -> questionnaires.update(selected.id(), change));
    }

    private void openPreview() {
        Dialog dialog = new Dialog();
        dialog.setId("questionnaire-preview-dialog");
        dialog.setWidth("min(60em, 100vw)");
        dialog.setHeaderTitle(getTranslation("survey.editor.preview") + " – " + selected.label());
        Paragraph selfAssessment = new Paragraph(getTranslation(selected.selfAssessment()
                ? "survey.editor.preview.selfAssessment" : "survey.editor.preview.noSelfAssessment"));
        selfAssessment.setId("questionnaire-preview-self-assessment");
        selfAssessment.addClassName("survey-hint");
        dialog.add(selfAssessment);
        dialog.add(new SurveyPages(null, clock, SurveyForm.preview(selected.id(), selected.label(), selected.definition()), true));
        Button close = new Button(getTranslation("survey.editor.previewClose"), e -> dialog.close());
        close.setId("questionnaire-preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    // --- the editor ------------------------------------------------------------------------------

    private void build() {
        editor.removeAll();
        if (selected == null) {
            return;
        }
        boolean editable = selected.status() == QuestionnaireStatus.DRAFT;
        QuestionnaireDefinition d = selected.definition();
        editor.add(texts("qe-title", "survey.editor.titleSv", "survey.editor.titleEn", d.title(), editable,
                t -> x -> x.withTitle(t)));
        Checkbox selfAssessment = new Checkbox(getTranslation("survey.editor.selfAssessment"), selected.selfAssessment());
        selfAssessment.setId("qe-self-assessment");
        selfAssessment.setHelperText(getTranslation("survey.editor.selfAssessment.help"));
        selfAssessment.setReadOnly(!editable);
        selfAssessment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> questionnaires.setSelfAssessment(selected.id(), e.getValue()));
            }
        });
        editor.add(selfAssessment);
        int n = 1;
        for (Section s : d.sections()) {
            Div card = new Div();
            card.addClassName("survey-card");
            card.setId("qe-section-" + s.key());
            HorizontalLayout head = new HorizontalLayout(new H3(getTranslation("survey.editor.section", n++)));
            head.addClassName("qe-toolbar");
            if (editable) {
                head.add(moveButtons("qe-section-" + s.key(), delta -> x -> x.moveSection(s.key(), delta),
                        x -> x.removeSection(s.key())));
            }
            card.add(head, texts("qe-section-" + s.key(), "survey.editor.titleSv", "survey.editor.titleEn", s.title(),
                    editable, t -> x -> x.mapSection(s.key(), sec -> sec.withTitle(t))));
            for (Question q : s.questions()) {
                card.add(question(d, q, editable));
            }
            if (editable) {
                Select<QuestionType> type = new Select<>();
                type.setId("qe-section-" + s.key() + "-type");
                type.setLabel(getTranslation("survey.editor.type"));
                type.setItems(QuestionType.values());
                type.setItemLabelGenerator(t -> getTranslation("survey.editor.type." + t.name()));
                type.setValue(QuestionType.SINGLE_CHOICE);
                Button add = new Button(getTranslation("survey.editor.addQuestion"), VaadinIcon.PLUS.create(),
                        e -> edit(x -> x.addQuestion(s.key(), Question.create(x.freshKey("q"), type.getValue(),
                                LocalizedText.of(getTranslation("survey.editor.newQuestion"), null)))));
                add.setId("qe-section-" + s.key() + "-add");
                HorizontalLayout row = new HorizontalLayout(type, add);
                row.addClassName("qe-toolbar");
                card.add(row);
            }
            editor.add(card);
        }
        if (editable) {
            Button addSection = new Button(getTranslation("survey.editor.addSection"), VaadinIcon.PLUS.create(),
                    e -> edit(x -> x.addSection(new Section(x.freshKey("s"),
                            LocalizedText.of(getTranslation("survey.editor.newSection"), null), List.of()))));
            addSection.setId("qe-add-section");
            editor.add(addSection);
        }
        editor.add(roleGroups(d, editable));
    }

    /** The role groups the competence matrix can be answered for (none: for the whole company only). */
    private Component roleGroups(QuestionnaireDefinition d, boolean editable) {
        Div card = new Div();
        card.addClassName("survey-card");
        card.setId("qe-role-groups");
        card.add(new H3(getTranslation("survey.editor.roleGroups")));
        Paragraph help = new Paragraph(getTranslation("survey.editor.roleGroups.help"));
        help.addClassName("survey-hint");
        card.add(help);
        for (RoleGroup g : d.roleGroups()) {
            HorizontalLayout row = new HorizontalLayout(texts("qe-group-" + g.key(), "survey.editor.titleSv",
                    "survey.editor.titleEn", g.label(), editable, t -> x -> x.renameRoleGroup(g.key(), t)));
            row.addClassName("qe-toolbar");
            if (editable) {
                Button remove = new Button(getTranslation("survey.editor.roleGroups.remove"), VaadinIcon.TRASH.create(),
                        e -> edit(x -> x.removeRoleGroup(g.key())));
                remove.setId("qe-group-" + g.key() + "-remove");
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            card.add(row);
        }
        if (editable) {
            Button add = new Button(getTranslation("survey.editor.roleGroups.add"), VaadinIcon.PLUS.create(),
                    e -> edit(x -> x.addRoleGroup(new RoleGroup(x.freshKey("g"),
                            LocalizedText.of(getTranslation("survey.editor.roleGroups.new"), null)))));
            add.setId("qe-add-role-group");
            card.add(add);
        }
        return card;
    }

    private Component question(QuestionnaireDefinition d, Question q, boolean editable) {
        Div box = new Div();
        box.addClassName("qe-question");
        box.setId("qe-q-" + q.key());
        String p = "qe-q-" + q.key();
        HorizontalLayout head = new HorizontalLayout(new H4(getTranslation("survey.editor.question", q.key(),
                getTranslation("survey.editor.type." + q.type().name()))));
        head.addClassName("qe-toolbar");
        if (editable) {
            head.add(moveButtons(p, delta -> x -> x.moveQuestion(q.key(), delta), x -> x.removeQuestion(q.key())));
        }
        box.add(head, texts(p, "survey.editor.textSv", "survey.editor.textEn", q.text(), editable,
                t -> x -> x.mapQuestion(q.key(), y -> y.withText(t))));
        Checkbox required = new Checkbox(getTranslation("survey.editor.required"), q.required());
        required.setId(p + "-required");
        required.setReadOnly(!editable);
        required.addValueChangeListener(e -> edit(x -> x.mapQuestion(q.key(), y -> y.withRequired(e.getValue()))));
        Div settings = new Div(required);
        settings.addClassName("qe-row");
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                TextArea options = new TextArea(getTranslation("survey.editor.options"));
                options.setId(p + "-options");
                options.setWidthFull();
                options.setValue(q.options().stream().map(o -> o.key() + "|" + nz(o.label().sv()) + "|" + nz(o.label().en()))
                        .collect(Collectors.joining("\n")));
                options.setReadOnly(!editable);
                options.addValueChangeListener(e -> edit(x -> x.mapQuestion(q.key(), y -> y.withOptions(parseOptions(e.getValue())))));
                settings.add(options);
            }
            case SCALE, NUMBER -> {
                IntegerField min = new IntegerField(getTranslation("survey.editor.min"));
                min.setId(p + "-min");
                min.setValue(q.min());
                IntegerField max = new IntegerField(getTranslation("survey.editor.max"));
                max.setId(p + "-max");
                max.setValue(q.max());
                min.setReadOnly(!editable);
                max.setReadOnly(!editable);
                min.addValueChangeListener(e -> edit(x -> x.mapQuestion(q.key(), y -> y.withRange(e.getValue(), y.max()))));
                max.addValueChangeListener(e -> edit(x -> x.mapQuestion(q.key(), y -> y.withRange(y.min(), e.getValue()))));
                settings.add(min, max);
            }
            case FREE_TEXT -> {
                IntegerField max = new IntegerField(getTranslation("survey.editor.maxLength"));
                max.setId(p + "-maxlength");
                max.setValue(q.effectiveMaxLength());
                max.setReadOnly(!editable);
                max.addValueChangeListener(e -> edit(x -> x.mapQuestion(q.key(), y -> y.withMaxLength(e.getValue()))));
                settings.add(max);
            }
            case COMPETENCE_MATRIX -> settings.add(areas(q, editable));
        }
        box.add(settings);
        if (q.type() != QuestionType.COMPETENCE_MATRIX) {
            box.add(condition(d, q, editable));
        }
        return box;
    }

    private Component areas(Question q, boolean editable) {
        Div list = new Div();
        list.setWidthFull();
        list.add(new H4(getTranslation("survey.editor.areas")));
        for (MatrixArea a : q.areas()) {
            String id = "qe-area-" + q.key() + "-" + a.code();
            HorizontalLayout row = new HorizontalLayout(new Span(a.label() != null && a.label().sv() != null
                    ? a.label().in(getLocale()) : getTranslation(a.messageKey())));
            row.setId(id);
            row.addClassName("qe-toolbar");
            if (editable) {
                row.add(moveButtons(id, delta -> x -> x.moveArea(q.key(), a.code(), delta), x -> x.mapQuestion(q.key(),
                        y -> y.withAreas(y.areas().stream().filter(m -> !m.code().equals(a.code())).toList()))));
            }
            list.add(row);
        }
        List<String> missing = CompetenceAreas.ALL.stream().filter(c -> !q.hasArea(c)).toList();
        if (editable && !missing.isEmpty()) {
            Select<String> add = new Select<>();
            add.setId("qe-q-" + q.key() + "-add-area");
            add.setItems(missing);
            add.setItemLabelGenerator(c -> getTranslation(CompetenceAreas.messageKey(c)));
            add.setPlaceholder(getTranslation("survey.editor.addArea"));
            add.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    edit(x -> x.mapQuestion(q.key(), y -> {
                        List<MatrixArea> areas = new ArrayList<>(y.areas());
                        areas.add(new MatrixArea(e.getValue(), null));
                        return y.withAreas(areas);
                    }));
                }
            });
            list.add(add);
        }
        return list;
    }

    private Component condition(QuestionnaireDefinition d, Question q, boolean editable) {
        List<String> earlier = new ArrayList<>();
        for (Question other : d.questions()) {
            if (other.key().equals(q.key())) {
                break;
            }
            if (other.type() != QuestionType.COMPETENCE_MATRIX) {
                earlier.add(other.key());
            }
        }
        String p = "qe-q-" + q.key() + "-cond";
        Select<String> source = new Select<>();
        source.setId(p + "-question");
        source.setLabel(getTranslation("survey.editor.condition"));
        source.setItems(earlier);
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption(getTranslation("survey.editor.condition.none"));
        Select<Condition.Operator> op = new Select<>();
        op.setId(p + "-op");
        op.setItems(Condition.Operator.values());
        op.setItemLabelGenerator(o -> getTranslation("survey.editor.condition." + o.name()));
        TextField value = new TextField(getTranslation("survey.editor.condition.value"));
        value.setId(p + "-value");
        Condition c = q.condition();
        source.setValue(c == null ? null : c.questionKey());
        op.setValue(c == null ? Condition.Operator.EQUALS : c.operator());
        value.setValue(c == null || c.value() == null ? "" : c.value());
        for (var f : List.of(source, op)) {
            f.setReadOnly(!editable);
        }
        value.setReadOnly(!editable);
        Runnable save = () -> {
            if (source.getValue() == null) {
                edit(x -> x.mapQuestion(q.key(), y -> y.withCondition(null)));
            } else if (!value.getValue().isBlank()) {
                edit(x -> x.mapQuestion(q.key(), y -> y.withCondition(
                        new Condition(source.getValue(), op.getValue(), value.getValue().strip()))));
            }
        };
        source.addValueChangeListener(e -> save.run());
        op.addValueChangeListener(e -> save.run());
        value.addValueChangeListener(e -> save.run());
        Div row = new Div(source, op, value);
        row.addClassName("qe-row");
        return row;
    }

    private Component texts(String idPrefix, String svKey, String enKey, LocalizedText text, boolean editable,
                            Function<LocalizedText, UnaryOperator<QuestionnaireDefinition>> change) {
        LocalizedText t = text == null ? LocalizedText.of("", "") : text;
        TextField sv = new TextField(getTranslation(svKey));
        sv.setId(idPrefix + "-sv");
        sv.setValue(nz(t.sv()));
        TextField en = new TextField(getTranslation(enKey));
        en.setId(idPrefix + "-en");
        en.setValue(nz(t.en()));
        for (TextField f : List.of(sv, en)) {
            f.setReadOnly(!editable);
        }
        sv.addValueChangeListener(e -> edit(change.apply(t.withSv(e.getValue()))));
        en.addValueChangeListener(e -> edit(change.apply(t.withEn(e.getValue().isBlank() ? null : e.getValue()))));
        Div row = new Div(sv, en);
        row.addClassName("qe-row");
        return row;
    }

    private Component moveButtons(String idPrefix, IntFunction<UnaryOperator<QuestionnaireDefinition>> move,
                                  UnaryOperator<QuestionnaireDefinition> remove) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> edit(move.apply(-1)));
        up.setId(idPrefix + "-up");
        up.setAriaLabel(getTranslation("survey.editor.up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> edit(move.apply(1)));
        down.setId(idPrefix + "-down");
        down.setAriaLabel(getTranslation("survey.editor.down"));
        Button del = new Button(VaadinIcon.TRASH.create(), e -> edit(remove));
        del.setId(idPrefix + "-remove");
        del.setAriaLabel(getTranslation("survey.editor.remove"));
        del.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(up, down, del)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(up, down, del);
    }

    private static List<ChoiceOption> parseOptions(String text) {
        List<ChoiceOption> options = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String key = parts[0].strip();
            String sv = parts.length > 1 ? parts[1].strip() : key;
            String en = parts.length > 2 && !parts[2].isBlank() ? parts[2].strip() : null;
            options.add(new ChoiceOption(key, LocalizedText.of(sv, en)));
        }
        return options;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
