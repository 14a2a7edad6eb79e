package se.kompetensresan.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.shared.UserMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Questionnaires as versioned data. The editor methods are for ADMIN only; a version can be changed only while it
 * is a DRAFT, and publishing makes it immutable. The default questionnaire ships as the resource
 * {@value #DEFAULT_RESOURCE} and is published (for all projects) when missing.
 */
@Service
@Transactional
public class QuestionnaireService {

    public static final String DEFAULT_KEY = "kompetenskartlaggning-industri";
    public static final String DEFAULT_RESOURCE = "survey/kompetenskartlaggning-industri.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final QuestionnaireRepository questionnaires;
    /** Parsed contents of versions that left draft, by id (immutable from then on). */
    private final java.util.Map<Long, QuestionnaireDefinition> fixedDefinitions = new java.util.concurrent.ConcurrentHashMap<>();
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionnaireService(QuestionnaireRepository questionnaires, CurrentUser currentUser, Clock clock) {
        this.questionnaires = questionnaires;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- editor (ADMIN) --------------------------------------------------------------------------

    /** ADMIN: every version, grouped by key, newest version first. */
    @Transactional(readOnly = true)
    public List<QuestionnaireInfo> list() {
        currentUser.requireRole(Role.ADMIN);
        return questionnaires.findAllByOrderByKeyAscVersionDesc().stream().map(QuestionnaireService::toInfo).toList();
    }

    /** ADMIN: one version. */
    @Transactional(readOnly = true)
    public QuestionnaireInfo get(long id) {
        currentUser.requireRole(Role.ADMIN);
        return toInfo(find(id));
    }

    /** ADMIN: copies a version (typically the published one) into a new DRAFT with the next version number. */
    public QuestionnaireInfo newVersion(long fromId) {
        currentUser.requireRole(Role.ADMIN);
        Questionnaire from = find(fromId);
        int next = questionnaires.findByKeyOrderByVersionDesc(from.key).get(0).version + 1;
        Questionnaire q = new Questionnaire();
        q.key = from.key;
        q.version = next;
        q.title = from.title;
        q.status = QuestionnaireStatus.DRAFT;
        q.projectIds = from.projectIds;
        q.definition = from.definition;
        q.selfAssessment = from.selfAssessment;
        q.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return toInfo(questionnaires.saveAndFlush(q));
    }

    /** ADMIN: replaces the content of a DRAFT (validated); a published or retired version is refused. */
    public QuestionnaireInfo update(long id, QuestionnaireDefinition definition) {
        currentUser.requireRole(Role.ADMIN);
        Questionnaire q = draft(id);
        definition.validate();
        q.definition = write(definition);
        q.title = definition.title().sv();
        return toInfo(questionnaires.saveAndFlush(q));
    }

    /** ADMIN: applies an edit to a DRAFT's content. */
    public QuestionnaireInfo update(long id, UnaryOperator<QuestionnaireDefinition> edit) {
        currentUser.requireRole(Role.ADMIN);
        return update(id, edit.apply(read(draft(id).definition)));
    }

    /** ADMIN: whether a DRAFT asks the company's employees for an anonymous self-assessment too. */
    public QuestionnaireInfo setSelfAssessment(long id, boolean selfAssessment) {
        currentUser.requireRole(Role.ADMIN);
        Questionnaire q = draft(id);
        q.selfAssessment = selfAssessment;
        return toInfo(questionnaires.saveAndFlush(q));
    }

    /** ADMIN: moves a section up (−1) or down (+1) in a DRAFT. */
    public QuestionnaireInfo moveSection(long id, String sectionKey, int delta) {
        return update(id, d -> d.moveSection(sectionKey, delta));
    }

    /** ADMIN: moves a question up (−1) or down (+1) inside its section of a DRAFT. */
    public QuestionnaireInfo moveQuestion(long id, String questionKey, int delta) {
        return update(id, d -> d.moveQuestion(questionKey, delta));
    }

    /** ADMIN: moves a matrix area up (−1) or down (+1) in a DRAFT. */
    public QuestionnaireInfo moveArea(long id, String questionKey, String areaCode, int delta) {
        return update(id, d -> d.moveArea(questionKey, areaCode, delta));
    }

    /**
     * ADMIN: publishes a DRAFT for the given projects (empty = all projects); from now on it is immutable and new
     * responses of those projects answer it.
     */
    public QuestionnaireInfo publish(long id, Set<Long> projectIds) {
        currentUser.requireRole(Role.ADMIN);
        Questionnaire q = draft(id);
        read(q.definition).validate();
        q.status = QuestionnaireStatus.PUBLISHED;
        q.projectIds = projectIds == null || projectIds.isEmpty() ? null
                : new TreeSet<>(projectIds).stream().map(String::valueOf).collect(Collectors.joining(","));
        q.publishedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return toInfo(questionnaires.saveAndFlush(q));
    }

    /** ADMIN: retires a published version: no new responses answer it (existing ones stay pinned to it). */
    public QuestionnaireInfo retire(long id) {
        currentUser.requireRole(Role.ADMIN);
        Questionnaire q = find(id);
        if (q.status != QuestionnaireStatus.PUBLISHED) {
            throw new UserMessageException("survey.editor.error.notPublished");
        }
        // new surveys always need a version that every project can use
        boolean forAll = q.projectIds == null || q.projectIds.isBlank();
        if (forAll && questionnaires.findByStatusOrderByVersionDesc(QuestionnaireStatus.PUBLISHED).stream()
                .noneMatch(o -> !o.id.equals(q.id) && (o.projectIds == null || o.projectIds.isBlank()))) {
            throw new UserMessageException("survey.editor.error.lastForAll");
        }
        q.status = QuestionnaireStatus.RETIRED;
        return toInfo(questionnaires.saveAndFlush(q));
    }

    // --- for the survey service ------------------------------------------------------------------

    /** Process: the newest published version for the project (loading the default questionnaire when missing). */
    QuestionnaireInfo publishedFor(Long projectId) {
        ensureDefault();
        return questionnaires.findByStatusOrderByVersionDesc(QuestionnaireStatus.PUBLISHED).stream()
                .map(QuestionnaireService::toInfo)
                .filter(q -> projectId == null || q.covers(projectId))
                .sorted(Comparator.comparing((QuestionnaireInfo q) -> !q.projectIds().isEmpty()).reversed()
                        .thenComparing(Comparator.comparing(QuestionnaireInfo::publishedAt,
                                Comparator.nullsFirst(Comparator.naturalOrder())).reversed()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no published questionnaire for project " + projectId));
    }

    /** Any version by id, without a user check (the caller checked the response's tenant). */
    @Transactional(readOnly = true)
    QuestionnaireInfo version(long id) {
        return toInfo(find(id));
    }

    /** Whether any version (by id) asks for the employees' self-assessment, without a user check. */
    @Transactional(readOnly = true)
    boolean selfAssessment(long id) {
        return find(id).selfAssessment;
    }

    /**
     * The content of any version by id, without a user check (the caller checked the response's tenant). A version's
     * content is fixed once it leaves draft ({@link #update} edits drafts only), so those are read and parsed once
     * per node: every autosave of a survey needs it.
     */
    @Transactional(readOnly = true)
    QuestionnaireDefinition definition(long id) {
        QuestionnaireDefinition known = fixedDefinitions.get(id);
        if (known != null) {
            return known;
        }
        Questionnaire q = find(id);
        QuestionnaireDefinition d = read(q.definition);
        if (q.status != QuestionnaireStatus.DRAFT) {
            fixedDefinitions.put(id, d);
        }
        return d;
    }

    /**
     * Process: loads and publishes the default questionnaire from its resource when no version of it exists, and
     * pins responses from before versioned questionnaires to its first version. Returns that version's id.
     */
    public long ensureDefault() {
        List<Questionnaire> existing = questionnaires.findByKeyOrderByVersionDesc(DEFAULT_KEY);
        long id;
        if (existing.isEmpty()) {
            QuestionnaireDefinition d = readResource(DEFAULT_RESOURCE).validate();
            Questionnaire q = new Questionnaire();
            q.key = DEFAULT_KEY;
            q.version = 1;
            q.title = d.title().sv();
            q.status = QuestionnaireStatus.PUBLISHED;
            q.definition = write(d);
            q.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            q.publishedAt = q.createdAt;
            id = questionnaires.saveAndFlush(q).id;
            questionnaires.pinUnpinnedResponses(id);
        } else {
            id = existing.get(existing.size() - 1).id;
        }
        return id;
    }

    /** Reads a questionnaire document from the classpath. */
    public static QuestionnaireDefinition readResource(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return JSON.readValue(in, QuestionnaireDefinition.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read questionnaire " + resource, e);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private Questionnaire find(long id) {
        return questionnaires.findById(id).orElseThrow(() -> currentUser.refused("unknown questionnaire " + id));
    }

    private Questionnaire draft(long id) {
        Questionnaire q = find(id);
        if (q.status != QuestionnaireStatus.DRAFT) {
            throw new UserMessageException("survey.editor.error.published");
        }
        return q;
    }

    static QuestionnaireDefinition read(String json) {
        try {
            return JSON.readValue(json, QuestionnaireDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire is not readable", e);
        }
    }

    static String write(QuestionnaireDefinition d) {
        try {
            return JSON.writeValueAsString(d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static QuestionnaireInfo toInfo(Questionnaire q) {
        Set<Long> projects = q.projectIds == null || q.projectIds.isBlank() ? Set.of()
                : Arrays.stream(q.projectIds.split(",")).map(Long::valueOf).collect(Collectors.toSet());
        return new QuestionnaireInfo(q.id, q.key, q.version, q.status, projects, read(q.definition), q.createdAt,
                q.publishedAt, q.selfAssessment);
    }
}
