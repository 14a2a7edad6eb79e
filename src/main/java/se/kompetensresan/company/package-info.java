/**
 * The company register, company users, the public application form (applications, set-password invitations) and
 * the company page with its change history.
 */
@ApplicationModule(allowedDependencies = {"mail", "project", "security", "shared"})
package se.kompetensresan.company;

import org.springframework.modulith.ApplicationModule;
