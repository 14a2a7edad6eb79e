/**
 * The company application process ({@code processes/CompanyApplication.bpmn}) and the {@code Eligibility}
 * decision: starting it, its delegates, the manager's review of borderline cases and the Ansökningar view. One
 * of the three modules that may use Camunda types.
 */
@ApplicationModule(allowedDependencies = {"company", "journey", "mail", "project", "security", "shared"})
package se.kompetensresan.onboarding;

import org.springframework.modulith.ApplicationModule;
