package se.kompetensresan.participant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MonthLockRepository extends JpaRepository<MonthLock, Long> {
    boolean existsByProjectIdAndLedgerMonth(long projectId, String ledgerMonth);

    List<MonthLock> findByProjectIdOrderByLedgerMonth(long projectId);
}
