package se.kompetensresan.journey.inbox;

import se.kompetensresan.journey.JourneyPhase;

import jakarta.persistence.*;

/** A user's named combination of inbox filters. */
@Entity
@Table(name = "journey_saved_filter")
class SavedInboxFilter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String username;
    @Column(nullable = false)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InboxFilter.Scope scope;
    @Column(name = "overdue_only", nullable = false)
    boolean overdueOnly;
    @Enumerated(EnumType.STRING)
    JourneyPhase phase;
    @Column(name = "subproject_id")
    Long subprojectId;
}
