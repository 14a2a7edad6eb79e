package se.kompetensresan.survey;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One company's answers to one round of the questionnaire. */
@Entity
@Table(name = "survey_response")
class SurveyResponse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "company_id", nullable = false)
    Long companyId;
    /** The journey the response belongs to (null: a response outside any journey). */
    @Column(name = "journey_id")
    Long journeyId;
    @Enumerated(EnumType.STRING)
    @Column(name = "survey_round", nullable = false, length = 20)
    SurveyRound round;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SurveyStatus status;
    @Column(name = "questionnaire_version", nullable = false, length = 30)
    String questionnaireVersion;
    /** The questionnaire version the response is pinned to. */
    @Column(name = "questionnaire_id")
    Long questionnaireId;
    @Version
    @Column(nullable = false)
    long version;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "submitted_by", length = 100)
    String submittedBy;
    @OneToMany(mappedBy = "response", cascade = CascadeType.ALL, orphanRemoval = true)
    List<SurveyValue> values = new ArrayList<>();
    /** Per section key: its owner and the version of its last change (see {@link SectionState}). */
    @ElementCollection
    @CollectionTable(name = "survey_section", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "section_key", length = 60)
    Map<String, SectionState> sections = new HashMap<>();

    static SurveyResponse draft(long companyId, SurveyRound round, long questionnaireId, int questionnaireVersion,
                                Instant now) {
        SurveyResponse r = new SurveyResponse();
        r.companyId = companyId;
        r.round = round;
        r.status = SurveyStatus.DRAFT;
        r.questionnaireId = questionnaireId;
        r.questionnaireVersion = "v" + questionnaireVersion;
        r.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        r.updatedAt = r.createdAt;
        return r;
    }

    SurveyAnswers answers() {
        Map<String, String> m = new HashMap<>();
        for (SurveyValue v : values) {
            m.put(SurveyAnswers.key(v.questionKey, v.rowCode, v.part), v.value);
        }
        return new SurveyAnswers(m);
    }

    /** Sets (or, with null, removes) one value. */
    void set(String questionKey, String row, String part, String value) {
        String r = row == null ? "" : row;
        String p = part == null ? "" : part;
        Optional<SurveyValue> existing = values.stream()
                .filter(v -> v.questionKey.equals(questionKey) && v.rowCode.equals(r) && v.part.equals(p)).findFirst();
        if (value == null) {
            existing.ifPresent(values::remove);
        } else if (existing.isPresent()) {
            existing.get().value = value;
        } else {
            SurveyValue v = new SurveyValue();
            v.response = this;
            v.questionKey = questionKey;
            v.rowCode = r;
            v.part = p;
            v.value = value;
            values.add(v);
        }
    }

    /** The owner (account id) of each section that has one. */
    Map<String, Long> owners() {
        Map<String, Long> m = new HashMap<>();
        sections.forEach((k, v) -> {
            if (v.ownerUserId != null) {
                m.put(k, v.ownerUserId);
            }
        });
        return m;
    }

    /** Gives the section to a colleague (null: back to the contact). */
    void setOwner(String sectionKey, Long userId) {
        SectionState old = sections.get(sectionKey);
        Long changed = old == null ? null : old.changedVersion;
        if (userId == null && changed == null) {
            sections.remove(sectionKey); // a row of nulls would read back as no row
        } else {
            sections.put(sectionKey, new SectionState(userId, changed));
        }
    }

    /** Records that the section changes in the version this save will get. */
    void markChanged(String sectionKey) {
        SectionState old = sections.get(sectionKey);
        sections.put(sectionKey, new SectionState(old == null ? null : old.ownerUserId, version + 1));
    }

    /** Whether the section changed after the given version (a section without a recorded change has not). */
    boolean changedSince(String sectionKey, long seenVersion) {
        SectionState s = sections.get(sectionKey);
        return s != null && s.changedVersion != null && s.changedVersion > seenVersion;
    }

    /** Removes every value of the question (all rows and parts); true if something was removed. */
    boolean clear(String questionKey) {
        return values.removeIf(v -> v.questionKey.equals(questionKey));
    }

    /**
     * Marks the response as changed. The timestamp strictly increases, so the response itself is always
     * dirty and JPA raises its {@code @Version} once per save, even when an answer row is all that changed.
     */
    void touch(Instant now) {
        Instant t = now.truncatedTo(ChronoUnit.MICROS);
        updatedAt = updatedAt == null || t.isAfter(updatedAt) ? t : updatedAt.plus(1, ChronoUnit.MICROS);
    }
}
