package se.kompetensresan.company;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CompanyRepository extends JpaRepository<Company, Long> {
    List<Company> findBySubprojectIdInOrderByName(Collection<Long> subprojectIds);

    List<Company> findAllByOrderByName();

    List<Company> findByOrganisationNumber(String organisationNumber);

    boolean existsByOrganisationNumberAndSubprojectId(String organisationNumber, long subprojectId);
}
