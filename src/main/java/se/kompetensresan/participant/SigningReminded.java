package se.kompetensresan.participant;

import java.time.YearMonth;

/**
 * Published when participants of a company were reminded to sign a month: by the daily run ({@code actor} =
 * {@code system}) or by the company or its coach. Counts only, no names.
 */
public record SigningReminded(long companyId, YearMonth month, int participants, String actor) {
}
