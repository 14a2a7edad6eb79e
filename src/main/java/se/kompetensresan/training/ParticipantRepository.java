package se.kompetensresan.training;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ParticipantRepository extends JpaRepository<Participant, Long> {
    Optional<Participant> findByCompanyIdAndPersonalIdentityNumber(long companyId, String personalIdentityNumber);
}
