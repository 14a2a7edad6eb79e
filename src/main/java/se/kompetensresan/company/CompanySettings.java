package se.kompetensresan.company;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Company settings: the aid (EUR) one company is estimated to receive in a project, for the de minimis warning,
 * the public address used in e-mailed links, and how many applications one client address may send per hour.
 */
@ConfigurationProperties("kompetensresan.company")
public record CompanySettings(@DefaultValue("20000") BigDecimal estimatedAidEur,
                              @DefaultValue("http://localhost:8080") String baseUrl,
                              @DefaultValue("5") int applicationsPerAddressPerHour) {
}
