package se.kompetensresan.catalogue;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalogue into an empty catalogue at start-up, in the demo profile only (tests and
 * production start with an empty catalogue that admins fill). Runs before the demo data (an
 * ApplicationRunner), so the demo journeys' plans propose catalogue courses.
 */
@Component
@ConditionalOnProperty(name = "kompetensresan.demo.enabled", havingValue = "true")
class DefaultCatalogueLoader {

    private final CatalogueService catalogue;

    DefaultCatalogueLoader(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @EventListener(ApplicationStartedEvent.class)
    void load() {
        catalogue.loadDefaultCatalogueIfEmpty();
    }
}
