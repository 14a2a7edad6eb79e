package se.kompetensresan.survey;

import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.shared.UserMessageException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The content of one questionnaire version: a title, its sections (pages) in order and the role groups
 * (yrkesgrupper) its competence matrix may be answered for (none: the matrix is answered for the whole company
 * only). Immutable; the editor works with the {@code with...} methods and stores the result as a new draft content.
 */
public record QuestionnaireDefinition(LocalizedText title, List<Section> sections, List<RoleGroup> roleGroups) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,60}");
    public static final int MAX_TEXT = 1000;

    public QuestionnaireDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
        roleGroups = roleGroups == null ? List.of() : List.copyOf(roleGroups);
    }

    public QuestionnaireDefinition(LocalizedText title, List<Section> sections) {
        this(title, sections, List.of());
    }

    public Optional<RoleGroup> roleGroup(String key) {
        return roleGroups.stream().filter(g -> g.key().equals(key)).findFirst();
    }

    /** The section the question belongs to. */
    public Optional<Section> sectionOf(String questionKey) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
                .findFirst();
    }

    /** Every question in order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The competence matrix the gap analysis is computed from (the first one), if any. */
    public Optional<Question> matrix() {
        return questions().stream().filter(q -> q.type() == QuestionType.COMPETENCE_MATRIX).findFirst();
    }

    /** The area codes of the matrix, in order; empty without a matrix. */
    public List<String> areaCodes() {
        return matrix().map(q -> q.areas().stream().map(MatrixArea::code).toList()).orElse(List.of());
    }

    /**
     * Whether the question is shown with these answers: no condition, or the condition's question is itself
     * shown and its answer matches.
     */
    public boolean visible(Question q, SurveyAnswers answers) {
        Condition c = q.condition();
        if (c == null) {
            return true;
        }
        Optional<Question> source = question(c.questionKey());
        return source.isPresent() && source.get() != q && visible(source.get(), answers)
                && c.matches(answers.value(c.questionKey()));
    }

    // --- validation ------------------------------------------------------------------------------

    /** Refuses a definition that cannot be answered, with a message key of the survey bundle. */
    public QuestionnaireDefinition validate() {
        if (title == null || blank(title.sv())) {
            throw new UserMessageException("survey.editor.error.title");
        }
        checkLength(title);
        if (sections.isEmpty()) {
            throw new UserMessageException("survey.editor.error.noSections");
        }
        Set<String> sectionKeys = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Section s : sections) {
            if (s.key() == null || !KEY.matcher(s.key()).matches() || !sectionKeys.add(s.key())) {
                throw new UserMessageException("survey.editor.error.key", String.valueOf(s.key()));
            }
            if (s.title() == null || blank(s.title().sv())) {
                throw new UserMessageException("survey.editor.error.sectionTitle", s.key());
            }
            checkLength(s.title());
            for (Question q : s.questions()) {
                validate(q, seen);
                seen.add(q.key());
            }
        }
        Set<String> groupKeys = new HashSet<>();
        for (RoleGroup g : roleGroups) {
            if (g.key() == null || !KEY.matcher(g.key()).matches() || !groupKeys.add(g.key())) {
                throw new UserMessageException("survey.editor.error.key", String.valueOf(g.key()));
            }
            if (g.label() == null || blank(g.label().sv())) {
                throw new UserMessageException("survey.editor.error.roleGroupLabel", g.key());
            }
            checkLength(g.label());
        }
        return this;
    }

    private void validate(Question q, Set<String> earlier) {
        if (q.key() == null || !KEY.matcher(q.key()).matches() || earlier.contains(q.key())) {
            throw new UserMessageException("survey.editor.error.key", String.valueOf(q.key()));
        }
        if (q.type() == null) {
            throw new UserMessageException("survey.editor.error.type", q.key());
        }
        if (q.text() == null || blank(q.text().sv())) {
            throw new UserMessageException("survey.editor.error.questionText", q.key());
        }
        checkLength(q.text());
        checkLength(q.help());
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (q.options().isEmpty()) {
                    throw new UserMessageException("survey.editor.error.options", q.key());
                }
                Set<String> keys = new HashSet<>();
                for (ChoiceOption o : q.options()) {
                    if (o.key() == null || !KEY.matcher(o.key()).matches() || !keys.add(o.key())) {
                        throw new UserMessageException("survey.editor.error.key", String.valueOf(o.key()));
                    }
                    if (o.label() == null || blank(o.label().sv())) {
                        throw new UserMessageException("survey.editor.error.optionLabel", q.key());
                    }
                    checkLength(o.label());
                }
            }
            case SCALE, NUMBER -> {
                if (q.min() == null || q.max() == null || q.min() >= q.max()
                        || (q.type() == QuestionType.SCALE && q.max() - q.min() > 10)) {
                    throw new UserMessageException("survey.editor.error.range", q.key());
                }
            }
            case FREE_TEXT -> {
                if (q.maxLength() != null && (q.maxLength() < 1 || q.maxLength() > Question.MAX_MAX_LENGTH)) {
                    throw new UserMessageException("survey.editor.error.maxLength", q.key(), Question.MAX_MAX_LENGTH);
                }
            }
            case COMPETENCE_MATRIX -> {
                if (q.areas().isEmpty()) {
                    throw new UserMessageException("survey.editor.error.areas", q.key());
                }
                Set<String> codes = new HashSet<>();
                for (MatrixArea a : q.areas()) {
                    if (a.code() == null || !KEY.matcher(a.code()).matches() || !codes.add(a.code())) {
                        throw new UserMessageException("survey.editor.error.key", String.valueOf(a.code()));
                    }
                    if (!CompetenceAreas.ALL.contains(a.code()) && (a.label() == null || blank(a.label().sv()))) {
                        throw new UserMessageException("survey.editor.error.areaLabel", a.code());
                    }
                }
            }
        }
        Condition c = q.condition();
        if (c != null) {
            Optional<Question> source = question(c.questionKey());
            if (!earlier.contains(c.questionKey()) || source.isEmpty()
                    || source.get().type() == QuestionType.COMPETENCE_MATRIX) {
                throw new UserMessageException("survey.editor.error.condition", q.key());
            }
            if (c.operator() == null || blank(c.value())) {
                throw new UserMessageException("survey.editor.error.condition", q.key());
            }
        }
    }

    private static void checkLength(LocalizedText t) {
        if (t != null && ((t.sv() != null && t.sv().length() > MAX_TEXT) || (t.en() != null && t.en().length() > MAX_TEXT))) {
            throw new UserMessageException("survey.editor.error.textLength", MAX_TEXT);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- editing ---------------------------------------------------------------------------------

    public QuestionnaireDefinition withTitle(LocalizedText t) {
        return new QuestionnaireDefinition(t, sections, roleGroups);
    }

    public QuestionnaireDefinition withSections(List<Section> s) {
        return new QuestionnaireDefinition(title, s, roleGroups);
    }

    public QuestionnaireDefinition withRoleGroups(List<RoleGroup> groups) {
        return new QuestionnaireDefinition(title, sections, groups);
    }

    /** Renames a role group (its key, which the answers use, stays). */
    public QuestionnaireDefinition renameRoleGroup(String key, LocalizedText label) {
        return withRoleGroups(roleGroups.stream().map(g -> g.key().equals(key) ? new RoleGroup(key, label) : g).toList());
    }

    public QuestionnaireDefinition addRoleGroup(RoleGroup g) {
        List<RoleGroup> list = new ArrayList<>(roleGroups);
        list.add(g);
        return withRoleGroups(list);
    }

    public QuestionnaireDefinition removeRoleGroup(String key) {
        return withRoleGroups(roleGroups.stream().filter(g -> !g.key().equals(key)).toList());
    }

    public QuestionnaireDefinition mapSection(String sectionKey, UnaryOperator<Section> change) {
        return withSections(sections.stream().map(s -> s.key().equals(sectionKey) ? change.apply(s) : s).toList());
    }

    public QuestionnaireDefinition mapQuestion(String questionKey, UnaryOperator<Question> change) {
        return withSections(sections.stream().map(s -> s.withQuestions(s.questions().stream()
                .map(q -> q.key().equals(questionKey) ? change.apply(q) : q).toList())).toList());
    }

    public QuestionnaireDefinition addSection(Section s) {
        List<Section> list = new ArrayList<>(sections);
        list.add(s);
        return withSections(list);
    }

    public QuestionnaireDefinition removeSection(String sectionKey) {
        return withSections(sections.stream().filter(s -> !s.key().equals(sectionKey)).toList());
    }

    public QuestionnaireDefinition addQuestion(String sectionKey, Question q) {
        return mapSection(sectionKey, s -> {
            List<Question> list = new ArrayList<>(s.questions());
            list.add(q);
            return s.withQuestions(list);
        });
    }

    public QuestionnaireDefinition removeQuestion(String questionKey) {
        return withSections(sections.stream().map(s -> s.withQuestions(
                s.questions().stream().filter(q -> !q.key().equals(questionKey)).toList())).toList());
    }

    /** Moves the section up (delta −1) or down (+1); no change at the ends. */
    public QuestionnaireDefinition moveSection(String sectionKey, int delta) {
        return withSections(move(sections, indexOf(sections.stream().map(Section::key).toList(), sectionKey), delta));
    }

    /** Moves the question up or down inside its section. */
    public QuestionnaireDefinition moveQuestion(String questionKey, int delta) {
        return withSections(sections.stream().map(s -> s.withQuestions(
                move(s.questions(), indexOf(s.questions().stream().map(Question::key).toList(), questionKey), delta)))
                .toList());
    }

    /** Moves a matrix area up or down. */
    public QuestionnaireDefinition moveArea(String questionKey, String areaCode, int delta) {
        return mapQuestion(questionKey, q -> q.withAreas(
                move(q.areas(), indexOf(q.areas().stream().map(MatrixArea::code).toList(), areaCode), delta)));
    }

    /** A key not yet used by any section or question, starting with the prefix. */
    public String freshKey(String prefix) {
        Set<String> used = new HashSet<>();
        sections.forEach(s -> used.add(s.key()));
        questions().forEach(q -> used.add(q.key()));
        roleGroups.forEach(g -> used.add(g.key()));
        for (int i = 1; ; i++) {
            if (!used.contains(prefix + i)) {
                return prefix + i;
            }
        }
    }

    private static int indexOf(List<String> keys, String key) {
        return keys.indexOf(key);
    }

    private static <T> List<T> move(List<T> list, int index, int delta) {
        int target = index + delta;
        if (index < 0 || target < 0 || target >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        T item = copy.remove(index);
        copy.add(target, item);
        return copy;
    }
}
