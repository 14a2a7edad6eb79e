package se.kompetensresan.company;

/** What it takes to register a company in a delprojekt. */
public record CompanyForm(String organisationNumber, String name, long subprojectId, String municipalityCode,
                         String visitingAddress, String industryCode, int employeesWomen, int employeesMen,
                         String contactName, String contactEmail, String contactPhone) {
}
