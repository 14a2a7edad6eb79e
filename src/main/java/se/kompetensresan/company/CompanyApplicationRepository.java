package se.kompetensresan.company;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CompanyApplicationRepository extends JpaRepository<CompanyApplication, Long> {
    java.util.Optional<CompanyApplication> findByReference(String reference);

    java.util.Optional<CompanyApplication> findByConfirmTokenHash(String hash);

    List<CompanyApplication> findByOrganisationNumberAndProjectId(String organisationNumber, long projectId);

    List<CompanyApplication> findByProjectIdOrderByIdDesc(long projectId);
}
