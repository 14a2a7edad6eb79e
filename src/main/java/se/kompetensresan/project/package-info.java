/**
 * Projects and delprojekt: period, budget, ESF support, co-financing rate, targets, unit cost per year, area,
 * coaches and managers.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package se.kompetensresan.project;

import org.springframework.modulith.ApplicationModule;
