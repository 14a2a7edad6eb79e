package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface HoursAdjustmentRepository extends JpaRepository<HoursAdjustment, Long> {
    List<HoursAdjustment> findByParticipantIdAndLedgerMonthOrderById(long participantId, String ledgerMonth);

    List<HoursAdjustment> findByParticipantIdOrderById(long participantId);

    List<HoursAdjustment> findByLedgerMonth(String ledgerMonth);

    List<HoursAdjustment> findByCompanyIdIn(Collection<Long> companyIds);
}
