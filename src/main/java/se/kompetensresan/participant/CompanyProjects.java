package se.kompetensresan.participant;

import org.springframework.stereotype.Component;
import se.kompetensresan.company.CompanyInfo;
import se.kompetensresan.company.CompanyService;
import se.kompetensresan.project.ProjectService;
import se.kompetensresan.project.SubprojectInfo;

/** Which project and delprojekt a company's hours belong to (no user check: ids only, for checked callers). */
@Component
class CompanyProjects {

    private final CompanyService companies;
    private final ProjectService projects;

    CompanyProjects(CompanyService companies, ProjectService projects) {
        this.companies = companies;
        this.projects = projects;
    }

    CompanyInfo company(long companyId) {
        return companies.lookup(companyId).orElseThrow(() -> new IllegalStateException("unknown company " + companyId));
    }

    long projectOf(long companyId) {
        return projects.subproject(company(companyId).subprojectId()).map(SubprojectInfo::projectId)
                .orElseThrow(() -> new IllegalStateException("company " + companyId + " without a project"));
    }
}
