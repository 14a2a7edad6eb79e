/**
 * Coaching sessions, development plans (actions from the catalogue or free text, every submitted version kept)
 * and their approval.
 */
@ApplicationModule(allowedDependencies = {"catalogue", "company", "security", "shared"})
package se.kompetensresan.coaching;

import org.springframework.modulith.ApplicationModule;
