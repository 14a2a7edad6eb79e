package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ParticipantMonthRepository extends JpaRepository<ParticipantMonth, Long> {
    Optional<ParticipantMonth> findByParticipantIdAndLedgerMonth(long participantId, String ledgerMonth);

    Optional<ParticipantMonth> findByTokenHash(String tokenHash);

    List<ParticipantMonth> findByParticipantIdOrderByLedgerMonthDesc(long participantId);

    List<ParticipantMonth> findByCompanyIdInAndLedgerMonth(Collection<Long> companyIds, String ledgerMonth);

    List<ParticipantMonth> findByLedgerMonth(String ledgerMonth);

    List<ParticipantMonth> findByCompanyIdIn(Collection<Long> companyIds);

    List<ParticipantMonth> findByStatusAndSentAtBeforeAndRemindedAtIsNull(MonthStatus status, Instant sentBefore);

    List<ParticipantMonth> findByStatusAndSentAtBeforeAndEscalatedAtIsNull(MonthStatus status, Instant sentBefore);
}
