package org.collabscreen.audit;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores and checks signed checkpoints of verified heads. */
class AuditCheckpoints {

    private final JdbcClient jdbc;
    private final ChainHashes hashes;

    AuditCheckpoints(JdbcClient jdbc, ChainHashes hashes) {
        this.jdbc = jdbc;
        this.hashes = hashes;
    }

    /** The newest stored checkpoint, whether or not its signature verifies (the walk checks that). */
    Optional<StoredCheckpoint> newest() {
        return jdbc.sql("select seq, hash, key_id, signature from audit_checkpoint order by seq desc limit 1")
                .query((rs, n) ->
                        new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Whether the checkpoint was signed with a configured key and names this hash. */
    boolean holds(StoredCheckpoint checkpoint, String hash) {
        return checkpoint.hash().equals(hash)
                && hashes.checkpointSignature(checkpoint.sequence(), checkpoint.hash(), checkpoint.keyId())
                        .filter(checkpoint.signature()::equals)
                        .isPresent();
    }

    /** Signs a verified head with the current key and stores it, once per sequence. */
    StoredCheckpoint store(long sequence, String hash) {
        StoredCheckpoint checkpoint = sign(sequence, hash);
        jdbc.sql("""
                        insert into audit_checkpoint (seq, hash, key_id, signature) values (:seq, :hash, :keyId, :signature)
                        on conflict (seq) do nothing""")
                .param("seq", sequence)
                .param("hash", hash)
                .param("keyId", checkpoint.keyId())
                .param("signature", checkpoint.signature())
                .update();
        return checkpoint;
    }

    StoredCheckpoint sign(long sequence, String hash) {
        String keyId = hashes.currentKeyId();
        return new StoredCheckpoint(
                sequence,
                hash,
                keyId,
                hashes.checkpointSignature(sequence, hash, keyId).orElseThrow());
    }
}
