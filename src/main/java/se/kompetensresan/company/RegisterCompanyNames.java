package se.kompetensresan.company;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.kompetensresan.security.CompanyNames;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The company register names the companies of the user administration (ADMIN only sees that view). */
@Component
class RegisterCompanyNames implements CompanyNames {

    private final CompanyService companies;

    RegisterCompanyNames(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> companyIds) {
        Map<Long, String> out = new HashMap<>();
        companies.lookupAll(companyIds).forEach((id, c) -> out.put(id, c.name()));
        return out;
    }
}
