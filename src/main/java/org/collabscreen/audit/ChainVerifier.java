package org.collabscreen.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the sealed chain, streaming it row by row in one consistent snapshot (constant memory): from the newest
 * stored checkpoint whose signature verifies (incremental), or from the first event (full). An intact head becomes
 * the next checkpoint, so the following verification only recomputes what was sealed since.
 */
class ChainVerifier {

    private static final int FETCH_SIZE = 1000;
    private static final String WALK_TIMEOUT = "15min";
    private static final String ROWS = """
            select s.seq, s.key_id, s.previous_hash, s.hash,
                   case when s.key_id = 'legacy-sha256'
                        then audit_event_hash(s.seq, r.id, r.occurred_at, r.actor, r.action, r.subject_type,
                                              r.subject_id, r.before, r.after, s.previous_hash) end as legacy_hash,
                   case when s.key_id <> 'legacy-sha256'
                        then audit_record_content(r.id, r.occurred_at, r.actor, r.action, r.subject_type,
                                                  r.subject_id, r.before, r.after) end as content,
                   c.hash as checkpoint_hash, c.key_id as checkpoint_key_id, c.signature as checkpoint_signature
            from audit_seal s
            join audit_record r on r.pos = s.record_pos
            left join audit_checkpoint c on c.seq = s.seq
            where s.seq >= ? order by s.seq""";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final ChainHashes hashes;
    private final AuditCheckpoints checkpoints;
    private final AuditSealer sealer;

    ChainVerifier(
            JdbcClient jdbc,
            JdbcTemplate template,
            PlatformTransactionManager transactions,
            ChainHashes hashes,
            AuditCheckpoints checkpoints,
            AuditSealer sealer) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(Objects.requireNonNull(template.getDataSource()));
        this.streaming.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.hashes = hashes;
        this.checkpoints = checkpoints;
        this.sealer = sealer;
    }

    ChainVerification verify(boolean full) {
        ChainVerification verification = Objects.requireNonNull(snapshot.execute(status -> check(full)));
        if (verification.intact() && verification.events() > 0) {
            checkpoints.store(verification.events(), verification.headHash());
        }
        return verification;
    }

    private ChainVerification check(boolean full) {
        // A full walk of a million events streams for longer than the pool's 10 s statement timeout allows one
        // statement; this transaction alone gets more. It reads only, so it holds no lock anyone waits for.
        jdbc.sql("set local statement_timeout = '" + WALK_TIMEOUT + "'").update();
        long events = jdbc.sql("select coalesce(max(seq), 0) from audit_seal")
                .query(Long.class)
                .single();
        Unsealed unsealed = unsealed();
        Optional<StoredCheckpoint> checkpoint = full ? Optional.empty() : checkpoints.newest();
        long from = checkpoint.map(StoredCheckpoint::sequence).orElse(1L);
        Walk walk = new Walk(from, checkpoint.isEmpty());
        try (Stream<Row> rows = streaming.queryForStream(ROWS, ChainVerifier::row, from)) {
            Iterator<Row> iterator = rows.iterator();
            while (iterator.hasNext() && walk.problem == null) {
                walk.accept(iterator.next());
            }
        }
        if (walk.problem == null && checkpoint.isPresent() && walk.verified == 0) {
            walk.fail(from, "MISSING_EVENT");
        }
        String mode = full ? "FULL" : "INCREMENTAL";
        if (walk.problem == null && walk.sequence != events) {
            walk.fail(walk.sequence + 1, "MISSING_EVENT");
        }
        return new ChainVerification(
                walk.problem == null,
                events,
                walk.problem == null ? walk.headHash() : null,
                walk.problem == null ? null : walk.brokenAt,
                walk.problem,
                unsealed.count(),
                unsealed.oldest(),
                mode,
                from,
                walk.verified);
    }

    private Unsealed unsealed() {
        return jdbc.sql("""
                        select count(*), min(r.occurred_at) from audit_record r
                        where r.txid >= greatest(
                                  coalesce((select scan_floor from audit_seal order by seq desc limit 1), '0'::xid8),
                                  cast(cast(:floor as text) as xid8))
                          and not exists (select 1 from audit_seal s where s.record_pos = r.pos)""")
                .param("floor", Long.toString(sealer.floor()))
                .query((rs, n) -> new Unsealed(
                        rs.getLong(1),
                        Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)))
                .single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getLong("seq"),
                rs.getString("key_id"),
                rs.getString("previous_hash"),
                rs.getString("hash"),
                rs.getString("legacy_hash"),
                rs.getString("content"),
                rs.getString("checkpoint_hash") == null
                        ? null
                        : new StoredCheckpoint(
                                rs.getLong("seq"),
                                rs.getString("checkpoint_hash"),
                                rs.getString("checkpoint_key_id"),
                                rs.getString("checkpoint_signature")));
    }

    /** The walk along the chain: what the next row must link to, and the first problem found. */
    private final class Walk {

        private long sequence;
        private String previousHash;
        private boolean keyedSeen;
        private long verified;
        private String problem;
        private Long brokenAt;

        Walk(long from, boolean fromGenesis) {
            this.sequence = from - 1;
            this.previousHash = fromGenesis ? ChainHashes.GENESIS : null;
        }

        void accept(Row row) {
            if (row.sequence() != sequence + 1) {
                fail(row.sequence(), "MISSING_EVENT");
            } else if (previousHash != null && !previousHash.equals(row.previousHash())) {
                fail(row.sequence(), "BROKEN_LINK");
            } else if (AuditKeys.LEGACY.equals(row.keyId()) && keyedSeen) {
                fail(row.sequence(), "LEGACY_AFTER_KEYED");
            } else {
                recompute(row);
            }
        }

        private void recompute(Row row) {
            Optional<String> expected = AuditKeys.LEGACY.equals(row.keyId())
                    ? Optional.of(row.legacyHash())
                    : hashes.expected(row.sequence(), row.previousHash(), row.keyId(), row.content());
            if (expected.isEmpty()) {
                fail(row.sequence(), "UNKNOWN_KEY");
            } else if (!expected.get().equals(row.hash())) {
                fail(row.sequence(), "HASH_MISMATCH");
            } else if (row.checkpoint() != null && !checkpoints.holds(row.checkpoint(), row.hash())) {
                fail(row.sequence(), "CHECKPOINT_MISMATCH");
            } else {
                keyedSeen |= !AuditKeys.LEGACY.equals(row.keyId());
                sequence = row.sequence();
                previousHash = row.hash();
                verified++;
            }
        }

        void fail(long at, String what) {
            brokenAt = at;
            problem = what;
            sequence = at;
        }

        String headHash() {
            return previousHash == null ? ChainHashes.GENESIS : previousHash;
        }
    }

    private record Row(
            long sequence,
            String keyId,
            String previousHash,
            String hash,
            String legacyHash,
            String content,
            StoredCheckpoint checkpoint) {}

    private record Unsealed(long count, Instant oldest) {}
}
