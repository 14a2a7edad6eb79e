package se.kompetensresan.company;

import java.util.List;

/** More of a company's data, for its company page. */
public record CompanyDetails(List<String> sniCodes, String postalCode, String town, TurnoverClass turnoverClass) {
}
