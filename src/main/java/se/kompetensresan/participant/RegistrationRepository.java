package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RegistrationRepository extends JpaRepository<Registration, Long> {
    List<Registration> findByActivityIdOrderById(long activityId);

    Optional<Registration> findByActivityIdAndParticipantId(long activityId, long participantId);

    boolean existsByActivityIdAndParticipantId(long activityId, long participantId);

    List<Registration> findByParticipantIdOrderById(long participantId);
}
