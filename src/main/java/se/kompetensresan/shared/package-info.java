/**
 * Value objects (organisation and identity numbers, geography, gender), competence areas, the message bundles,
 * the text rules every service applies, and in {@code shared.ui} the small helpers every view uses (field errors,
 * notices, the pick dialog, date formats, the chart canvas). Open: every module may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package se.kompetensresan.shared;

import org.springframework.modulith.ApplicationModule;
