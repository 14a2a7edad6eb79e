package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ParticipantRepository extends JpaRepository<Participant, Long> {
    List<Participant> findByCompanyIdOrderByName(long companyId);

    List<Participant> findByCompanyIdInOrderByName(Collection<Long> companyIds);

    Optional<Participant> findByCompanyIdAndNumberIndex(long companyId, String numberIndex);

    /**
     * The participants not yet anonymised whose retention can have begun before the day: ended before it, or never
     * ended and both started and registered before it (their last activity decides, per participant).
     */
    @Query("select p from Participant p where p.anonymisedAt is null and ((p.endDate is not null and p.endDate < :day)"
            + " or (p.endDate is null and p.startDate < :day and (p.createdAt is null or p.createdAt < :dayStart)))")
    List<Participant> retentionCandidates(LocalDate day, Instant dayStart);
}
