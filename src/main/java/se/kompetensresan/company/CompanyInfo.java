package se.kompetensresan.company;

import se.kompetensresan.shared.OrganisationNumber;

/** A participating company as the other modules see it. */
public record CompanyInfo(long id, OrganisationNumber organisationNumber, String name, long subprojectId,
                          String municipalityCode, String visitingAddress, String industryCode,
                          int employeesWomen, int employeesMen, String contactName, String contactEmail,
                          String contactPhone) {

    public int employees() {
        return employeesWomen + employeesMen;
    }
}
