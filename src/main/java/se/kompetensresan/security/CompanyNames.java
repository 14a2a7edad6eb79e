package se.kompetensresan.security;

import java.util.Collection;
import java.util.Map;

/**
 * Names of the companies the company users belong to, for the user administration (security sits below the company
 * register, so the register provides this). One query however many ids; unknown ids are left out.
 */
public interface CompanyNames {

    Map<Long, String> namesOf(Collection<Long> companyIds);
}
