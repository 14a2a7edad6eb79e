/**
 * Training activities booked from the plan, their participants, attendance and co-financing totals.
 */
@ApplicationModule(allowedDependencies = {"catalogue", "coaching", "company", "project", "security", "shared"})
package se.kompetensresan.training;

import org.springframework.modulith.ApplicationModule;
