package se.kompetensresan.company;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface CompanyRepository extends JpaRepository<Company, Long> {
    List<Company> findBySubprojectIdInOrderByName(Collection<Long> subprojectIds);

    List<Company> findAllByOrderByName();

    List<Company> findByOrganisationNumber(String organisationNumber);

    boolean existsByOrganisationNumberAndSubprojectId(String organisationNumber, long subprojectId);

    /** The company's row locked until the transaction ends: two bookings of one company are checked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Company c where c.id = :id")
    java.util.Optional<Company> lockById(long id);
}
