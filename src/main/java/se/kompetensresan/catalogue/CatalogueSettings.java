package se.kompetensresan.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalogue settings: how many weeks before its start an open course date with fewer booked seats than its
 * minimum is flagged to the managers ({@code kompetensresan.catalogue.minimum-warning-weeks}).
 */
@ConfigurationProperties("kompetensresan.catalogue")
public record CatalogueSettings(@DefaultValue("4") int minimumWarningWeeks) {
}
