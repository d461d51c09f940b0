package org.collabscreen.security;

import java.time.Instant;
import java.util.UUID;

/** An API key was revoked; published within the revoking transaction. */
public record ApiKeyRevoked(UUID keyId, String name, String client, String actor, Instant revokedAt) {}
