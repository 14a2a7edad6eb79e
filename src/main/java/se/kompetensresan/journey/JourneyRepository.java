package se.kompetensresan.journey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface JourneyRepository extends JpaRepository<Journey, Long> {
    Optional<Journey> findByCaseNumber(String caseNumber);

    /** The id of the journey of a case number (the process's business key). */
    default Long idOf(String caseNumber) {
        return findByCaseNumber(caseNumber).map(j -> j.id)
                .orElseThrow(() -> new IllegalStateException("no journey " + caseNumber));
    }

    Optional<Journey> findFirstByCompanyIdOrderByStartedAtDescIdDesc(long companyId);

    Optional<Journey> findByCompanyIdAndStatus(long companyId, JourneyStatus status);

    boolean existsByCompanyIdAndStatus(long companyId, JourneyStatus status);

    List<Journey> findBySubprojectIdInOrderByCaseNumber(Collection<Long> subprojectIds);

    List<Journey> findAllByOrderByCaseNumber();

    List<Journey> findByCompanyIdInOrderByStartedAtAscIdAsc(Collection<Long> companyIds);

    @Query("select j.companyId from Journey j where j.status = ?1")
    List<Long> companyIdsWithStatus(JourneyStatus status);

    /** The next number of the case-number sequence (one database sequence for every node). */
    @Query(value = "select nextval('journey_case_number_seq')", nativeQuery = true)
    long nextCaseNumber();
}
