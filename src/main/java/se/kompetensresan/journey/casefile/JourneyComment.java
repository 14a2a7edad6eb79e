package se.kompetensresan.journey.casefile;

import jakarta.persistence.*;

import java.time.Instant;

/** A comment on a journey; an internal one is for coaches, managers and admins only. */
@Entity
@Table(name = "journey_comment")
class JourneyComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "journey_id", nullable = false)
    long journeyId;
    @Column(nullable = false)
    Instant at;
    @Column(nullable = false)
    String author;
    @Column(name = "author_role", nullable = false)
    String authorRole;
    @Column(nullable = false)
    boolean internal;
    @Column(nullable = false)
    String body;
}
