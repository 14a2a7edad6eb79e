/**
 * The competence journey: the BPMN glue in the root (lifecycle, process ids, typed variables, delegates,
 * listeners), the task inbox in {@code journey.inbox}, the case file (timeline, comments, attachments) in {@code
 * journey.casefile}, the company's correction of a disputed participant-month in {@code journey.correction}, and the
 * views in {@code journey.ui}. One of the three modules that may use Camunda types.
 */
@ApplicationModule(allowedDependencies = {"coaching", "company", "mail", "participant", "project", "security", "shared", "survey", "training"})
package se.kompetensresan.journey;

import org.springframework.modulith.ApplicationModule;
