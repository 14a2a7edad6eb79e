package se.kompetensresan.security;

import java.time.Instant;

/**
 * One of the signed-in user's own sessions as Mitt konto lists it.
 *
 * @param device  browser and system in plain words, empty when unknown
 * @param network the client's network (address masked to /24 or /48), empty when unknown
 * @param current true for the session of the request that asks
 */
public record SessionInfo(long id, Instant signedInAt, Instant lastSeenAt, String device, String network, boolean current) {
}
