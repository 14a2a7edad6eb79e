package se.kompetensresan.company;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CompanyChangeRepository extends JpaRepository<CompanyChange, Long> {
    List<CompanyChange> findByCompanyIdOrderByIdDesc(long companyId);
}
