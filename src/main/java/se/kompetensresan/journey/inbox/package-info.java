/**
 * The task inbox: the waiting journey tasks each user may see, their filters and saved filters, claiming,
 * assigning and the coach's analysis, contact and closing tasks. A named interface, so the demo data can work the
 * tasks the way a person does.
 */
@NamedInterface("inbox")
package se.kompetensresan.journey.inbox;

import org.springframework.modulith.NamedInterface;
