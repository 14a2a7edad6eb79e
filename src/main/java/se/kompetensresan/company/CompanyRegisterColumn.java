package se.kompetensresan.company;

import java.util.Collection;
import java.util.Map;

/**
 * Extension point of the company register (CompaniesView): another module (the journey module, for phase and
 * coach) registers a Spring bean of this type; the register then shows a column and a filter for it.
 * With no such bean the register shows none.
 */
public interface CompanyRegisterColumn {

    /** Stable id, used in component ids ({@code companies-filter-<id>}). */
    String id();

    /** Message-bundle key of the column header and the filter label. */
    String titleKey();

    /** The value shown (already translated for the current user) per company id; missing ids show nothing. */
    Map<Long, String> values(Collection<Long> companyIds);
}
