package org.collabscreen.security;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A stored key as listed: never the key itself, only its first characters. */
record ApiKeyResponse(
        UUID id,
        String name,
        String client,
        Set<Role> roles,

        @Schema(description = "The key's first characters, to recognise it", example = "cs_live_Xq3v…")
        String keyPrefix,

        Instant createdAt,
        Instant revokedAt) {

    static ApiKeyResponse of(ApiKey key) {
        return new ApiKeyResponse(
                key.id(), key.name(), key.client(), key.roles(), key.keyPrefix(), key.createdAt(), key.revokedAt());
    }
}
