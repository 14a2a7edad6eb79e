package se.kompetensresan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module graph of DESIGN.md §3: no cycles, no module reaching into another's internals. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(KompetensresanApplication.class).verify();
    }
}
