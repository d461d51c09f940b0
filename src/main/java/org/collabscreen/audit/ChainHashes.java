package org.collabscreen.audit;

import java.util.Optional;

/**
 * How a sealed event's hash is made: HMAC-SHA256, with the key the row names, over its sequence, the previous hash,
 * the key id and the canonical text of its content ({@code audit_record_content} in the database). Rows of the
 * unkeyed V6 chain ({@link AuditKeys#LEGACY}) are SHA-256 over their content and link ({@code audit_event_hash}).
 */
final class ChainHashes {

    static final String GENESIS = "0".repeat(64);

    private final AuditKeys keys;

    ChainHashes(AuditKeys keys) {
        this.keys = keys;
    }

    /** The hash of a new seal with the current key. */
    String seal(long sequence, String previousHash, String content) {
        return keys.mac(message(sequence, previousHash, keys.currentId(), content));
    }

    /** The hash a keyed row should have; empty when its key is not configured. */
    Optional<String> expected(long sequence, String previousHash, String keyId, String content) {
        return keys.mac(keyId, message(sequence, previousHash, keyId, content));
    }

    String currentKeyId() {
        return keys.currentId();
    }

    /** The signature of a checkpoint, verifiable offline with the key (docs/audit.md). */
    Optional<String> checkpointSignature(long sequence, String hash, String keyId) {
        return keys.mac(keyId, checkpointStatement(sequence, hash, keyId));
    }

    static String checkpointStatement(long sequence, String hash, String keyId) {
        return "collabscreen-audit-checkpoint-v1\n" + sequence + "\n" + hash + "\n" + keyId;
    }

    static String message(long sequence, String previousHash, String keyId, String content) {
        return "collabscreen-audit-v1\n" + sequence + "\n" + previousHash + "\n" + keyId + "\n" + content;
    }
}
