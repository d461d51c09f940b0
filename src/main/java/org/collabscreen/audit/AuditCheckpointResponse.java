package org.collabscreen.audit;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A signed checkpoint of the verified head, to keep outside the database. {@code signature} is HMAC-SHA256, with the
 * audit key {@code keyId}, over {@code statement}; docs/audit.md shows how to check it offline.
 */
@Schema(description = "A signed checkpoint of the verified head of the audit chain", example = """
                {"sequence":42,"headHash":"9f2c4e…","keyId":"hmac-1a2b3c4d5e6f",
                 "statement":"collabscreen-audit-checkpoint-v1\\n42\\n9f2c4e…\\nhmac-1a2b3c4d5e6f",
                 "signature":"5be0…","signedAt":"2026-12-01T12:00:00Z","unsealedEvents":0}""")
record AuditCheckpointResponse(
        long sequence,
        String headHash,
        String keyId,
        String statement,
        String signature,
        Instant signedAt,
        long unsealedEvents) {}
