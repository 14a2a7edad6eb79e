/**
 * The application shell: MainLayout (menu from {@code @Menu}), login, start page, language switch and error
 * pages. It knows no feature.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
package se.kompetensresan.shell;

import org.springframework.modulith.ApplicationModule;
