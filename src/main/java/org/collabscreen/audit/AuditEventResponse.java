package org.collabscreen.audit;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** One audit event as the API shows it, with its place in the hash chain. */
record AuditEventResponse(
        long sequence,
        UUID id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        JsonNode before,
        JsonNode after,
        String previousHash,
        String hash) {}
