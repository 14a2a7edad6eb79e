/**
 * Users, roles, login, tenant scope ({@code CurrentUser}), the production guard and the users view. It sits just
 * above {@code shared}.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package se.kompetensresan.security;

import org.springframework.modulith.ApplicationModule;
