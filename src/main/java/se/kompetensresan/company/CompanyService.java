package se.kompetensresan.company;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.Role;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.shared.OrganisationNumber;
import se.kompetensresan.shared.UserMessageException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The company register. Every read made for a user is checked against the user's tenant scope. */
@Service
@Transactional(readOnly = true)
public class CompanyService {

    private final CompanyRepository companies;
    private final CurrentUser currentUser;
    private final Clock clock;

    CompanyService(CompanyRepository companies, CurrentUser currentUser, Clock clock) {
        this.companies = companies;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The company, if the current user may see it; refuses (and logs) otherwise. */
    public CompanyInfo get(long companyId) {
        Company c = companies.findById(companyId)
                .orElseThrow(() -> currentUser.refused("unknown company " + companyId));
        currentUser.requireCompanyAccess(c.id, c.subprojectId);
        return toInfo(c);
    }

    /**
     * The company without a tenant check: only for the process glue, which runs without a user and
     * handles ids the engine gave it. Views must use {@link #get(long)}.
     */
    public Optional<CompanyInfo> lookup(long companyId) {
        return companies.findById(companyId).map(CompanyService::toInfo);
    }

    /** Refuses unless the current user may see the company; returns the user. */
    public UserAccount requireAccess(long companyId) {
        Company c = companies.findById(companyId)
                .orElseThrow(() -> currentUser.refused("unknown company " + companyId));
        return currentUser.requireCompanyAccess(c.id, c.subprojectId);
    }

    /** True when the current user may see the company. */
    public boolean canAccess(long companyId) {
        try {
            requireAccess(companyId);
            return true;
        } catch (AccessRefusedException e) {
            return false;
        }
    }

    /** The companies the current user may see. */
    public List<CompanyInfo> visible() {
        UserAccount u = currentUser.require();
        List<Company> list = switch (u.role()) {
            case ADMIN -> companies.findAllByOrderByName();
            case COMPANY -> u.companyId() == null ? List.of() : companies.findById(u.companyId()).stream().toList();
            case COACH, MANAGER -> companies.findBySubprojectIdInOrderByName(u.subprojectIds());
        };
        return list.stream().map(CompanyService::toInfo).toList();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    public CompanyInfo register(NewCompany n) {
        OrganisationNumber orgnr = OrganisationNumber.parse(n.organisationNumber());
        if (companies.existsByOrganisationNumberAndSubprojectId(orgnr.digits(), n.subprojectId())) {
            throw new UserMessageException("company.error.duplicate", orgnr.formatted());
        }
        UserAccount u = currentUser.requireRole(Role.ADMIN, Role.MANAGER);
        if (!u.is(Role.ADMIN) && !u.subprojectIds().contains(n.subprojectId())) {
            throw currentUser.refused(u.username() + " tried to register a company in delprojekt " + n.subprojectId());
        }
        Company c = new Company();
        c.organisationNumber = orgnr.digits();
        c.name = n.name();
        c.subprojectId = n.subprojectId();
        c.municipalityCode = n.municipalityCode();
        c.visitingAddress = n.visitingAddress();
        c.industryCode = n.industryCode();
        c.employeesWomen = n.employeesWomen();
        c.employeesMen = n.employeesMen();
        c.contactName = n.contactName();
        c.contactEmail = n.contactEmail();
        c.contactPhone = n.contactPhone();
        c.createdAt = clock.instant();
        return toInfo(companies.save(c));
    }

    static CompanyInfo toInfo(Company c) {
        return new CompanyInfo(c.id, new OrganisationNumber(c.organisationNumber), c.name, c.subprojectId,
                c.municipalityCode, c.visitingAddress, c.industryCode, c.employeesWomen, c.employeesMen,
                c.contactName, c.contactEmail, c.contactPhone);
    }
}
