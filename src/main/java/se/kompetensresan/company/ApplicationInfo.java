package se.kompetensresan.company;

import se.kompetensresan.shared.OrganisationNumber;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A company's application, as the process glue and the managers see it. */
public record ApplicationInfo(long id, String reference, long projectId, OrganisationNumber organisationNumber,
                              String name, String visitingAddress, String postalCode, String town,
                              String municipalityCode, String countyCode, List<String> sniCodes,
                              int employeesWomen, int employeesMen, TurnoverClass turnoverClass,
                              String contactName, String contactEmail, String contactPhone,
                              BigDecimal deMinimisEur, ApplicationStatus status, String reasonKey,
                              Long companyId, Instant createdAt, Instant consentAt) {

    public int employees() {
        return employeesWomen + employeesMen;
    }

    /** The main SNI code (the first one given). */
    public String mainSniCode() {
        return sniCodes.get(0);
    }
}
