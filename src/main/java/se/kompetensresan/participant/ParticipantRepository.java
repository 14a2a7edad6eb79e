package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ParticipantRepository extends JpaRepository<Participant, Long> {
    List<Participant> findByCompanyIdOrderByName(long companyId);

    List<Participant> findByCompanyIdInOrderByName(Collection<Long> companyIds);

    Optional<Participant> findByCompanyIdAndNumberIndex(long companyId, String numberIndex);

    List<Participant> findByAnonymisedAtIsNull();
}
