package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;

interface ParticipantErasureRepository extends JpaRepository<ParticipantErasure, Long> {
    List<ParticipantErasure> findByErasedAtBefore(Instant before);

    List<ParticipantErasure> findByParticipantId(long participantId);
}
