/**
 * Versioned questionnaires, kartläggning and uppföljning with autosaved drafts, scoring, gap analysis, heat map
 * and before/after comparison, and the charts that show them.
 */
@ApplicationModule(allowedDependencies = {"company", "mail", "project", "security", "shared"})
package se.kompetensresan.survey;

import org.springframework.modulith.ApplicationModule;
