package se.kompetensresan.journey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface JourneyRepository extends JpaRepository<Journey, Long> {
    Optional<Journey> findByCaseNumber(String caseNumber);

    Optional<Journey> findFirstByCompanyIdOrderByStartedAtDescIdDesc(long companyId);

    Optional<Journey> findByCompanyIdAndStatus(long companyId, JourneyStatus status);

    boolean existsByCompanyIdAndStatus(long companyId, JourneyStatus status);

    List<Journey> findBySubprojectIdInOrderByCaseNumber(Collection<Long> subprojectIds);

    List<Journey> findAllByOrderByCaseNumber();

    List<Journey> findByCompanyIdInOrderByStartedAtAscIdAsc(Collection<Long> companyIds);

    @Query("select j.companyId from Journey j where j.status = ?1")
    List<Long> companyIdsWithStatus(JourneyStatus status);

    @Query("select max(j.caseNumber) from Journey j where j.caseNumber like concat(?1, '%')")
    Optional<String> maxCaseNumberStartingWith(String prefix);
}
