/**
 * The case file of a journey: its typed timeline (our events and the engine's history), comments (internal ones
 * hidden from the company) and attachments checked by content.
 */
package se.kompetensresan.journey.casefile;
