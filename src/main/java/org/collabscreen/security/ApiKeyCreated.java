package org.collabscreen.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An API key was created; published within the creating transaction. Never carries the key itself. */
public record ApiKeyCreated(
        UUID keyId, String name, String client, Set<Role> roles, String keyPrefix, String actor, Instant createdAt) {}
