/**
 * Demo data from the seed projects (Smart Kompetens för industrin, Kompetens i Kronoberg, Företag i utveckling
 * i Robotdalen): projects, delprojekt, the Karlskoga companies, users of every role and journeys waiting in
 * different phases. Loaded only in the demo profile, and only into an empty database. It sits on top of every
 * other module and nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"catalogue", "coaching", "company", "journey", "journey :: inbox", "mail", "participant", "project", "security", "shared", "survey", "training"})
package se.kompetensresan.demo;

import org.springframework.modulith.ApplicationModule;
