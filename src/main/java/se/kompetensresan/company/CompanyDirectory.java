package se.kompetensresan.company;

import org.springframework.stereotype.Component;
import se.kompetensresan.security.ScopeDirectory;

import java.util.LinkedHashMap;
import java.util.Map;

/** The companies the signed-in user may see, by name, for the users view of the security module. */
@Component
class CompanyDirectory implements ScopeDirectory {

    private final CompanyService companies;

    CompanyDirectory(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    public String kind() {
        return "company";
    }

    @Override
    public Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        companies.visible().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(c -> names.put(c.id(), c.name()));
        return names;
    }
}
