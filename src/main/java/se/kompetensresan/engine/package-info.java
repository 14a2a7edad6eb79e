/**
 * Operating the engine itself: incidents and their retry, single sign-on into Cockpit and the Camunda identity
 * of administrators. It finds journeys through {@code journey}'s API. One of the three modules that may use
 * Camunda types.
 */
@ApplicationModule(allowedDependencies = {"journey", "security", "shared"})
package se.kompetensresan.engine;

import org.springframework.modulith.ApplicationModule;
