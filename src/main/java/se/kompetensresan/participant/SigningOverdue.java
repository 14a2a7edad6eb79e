package se.kompetensresan.participant;

import java.time.YearMonth;

/**
 * Published when participants of a company have still not answered a month after {@code escalate-after} and the
 * coaches of its delprojekt were told. Counts only, no names.
 */
public record SigningOverdue(long companyId, YearMonth month, int participants) {
}
