/**
 * Participants (deltagare) and the hours ledger: the register per company with the personnummer encrypted,
 * registration on training activities, attendance by date in whole hours, the participants' monthly signing
 * through a one-time link, corrections and adjustments with a trail, and the co-financing (signed hours × the
 * project's unit cost). It sits above training (an activity's dates and company come from there) and below
 * journey, which turns its events into process steps (Rapportera/Attestera närvaro, a disputed month's task).
 * A module of its own rather than part of training: it owns personal data with its own keys, its own public
 * page (signing without an account) and a monthly job, none of which a booking needs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "mail", "project",
        "company", "training"})
package se.kompetensresan.participant;
