package se.kompetensresan.company;

/** The contact data a company user may change about its own company. */
public record ContactDetails(String contactName, String contactEmail, String contactPhone, String visitingAddress) {
}
