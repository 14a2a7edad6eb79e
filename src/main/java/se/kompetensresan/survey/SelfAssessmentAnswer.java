package se.kompetensresan.survey;

import jakarta.persistence.*;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * One employee's anonymous self-assessment: a random key (no sequence), the link it came through, the ISO week it
 * came in ({@code 2026-W49}) and the answer per area. Nothing that identifies the employee or the time of day.
 */
@Entity
@Table(name = "self_assessment_answer")
class SelfAssessmentAnswer {
    @Id
    UUID id;
    @Column(name = "link_id", nullable = false)
    Long linkId;
    @Column(name = "answered_week", nullable = false, length = 8)
    String answeredWeek;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_assessment_area", joinColumns = @JoinColumn(name = "answer_id"))
    Set<Area> areas = new HashSet<>();

    @Embeddable
    record Area(@Column(name = "area_code", nullable = false, length = 60) String areaCode,
                @Column(name = "current_level", nullable = false) int currentLevel,
                @Column(name = "wants_to_learn", nullable = false) boolean wantsToLearn) {
    }
}
