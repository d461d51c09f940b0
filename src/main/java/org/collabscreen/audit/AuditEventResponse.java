package org.collabscreen.audit;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One audit event as the API shows it, with its place in the hash chain. An event is durable from the commit of its
 * action; the sealer gives it its place a fraction of a second later. Until then {@code sealed} is false and
 * {@code sequence}, {@code previousHash}, {@code hash} and {@code keyId} are null.
 */
@Schema(description = "One audit event; sequence, hashes and keyId are null until the event is sealed into the chain")
record AuditEventResponse(
        @Schema(description = "Place in the chain; null while not sealed", example = "42")
        Long sequence,

        UUID id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        JsonNode before,
        JsonNode after,

        @Schema(description = "Hash of the event before it in the chain; null while not sealed")
        String previousHash,

        @Schema(description = "HMAC-SHA256 (SHA-256 for legacy-sha256 events) over the event and previousHash")
        String hash,

        @Schema(description = "Whether the event has its place in the chain yet")
        boolean sealed,

        @Schema(description = "The key that sealed it: hmac-… or legacy-sha256; null while not sealed")
        String keyId) {}
