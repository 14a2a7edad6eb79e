/**
 * The training catalogue (utbildningskatalog): courses that coaches put in development plans and book
 * as training activities. It sits between company and {coaching, training}: the plan (coaching) refers to
 * a course by id and the booking (training) is prefilled from it, and coaching may not depend on training,
 * so the catalogue is a module of its own that both use. It depends on project (courses belong to projects), security and shared.
 */
@ApplicationModule(allowedDependencies = {"project", "security", "shared"})
package se.kompetensresan.catalogue;

import org.springframework.modulith.ApplicationModule;
