package org.collabscreen.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed audit records into the chain, off the request path: in its own transaction, a few times a second,
 * in batches. Whichever instance takes the advisory lock seals; the others skip the round. Records are sealed in the
 * order their transactions became visible to the sealer (one round after another), and by insertion within a round.
 */
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final long SEALER_LOCK = 0x4155444954534cL;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final ChainHashes hashes;
    private final int batch;
    private volatile boolean paused;
    /** The highest floor this instance has proven, also when it found nothing to seal (so had no row to store it in). */
    private volatile long floor;

    AuditSealer(
            JdbcClient jdbc,
            JdbcTemplate template,
            TransactionTemplate transactions,
            ChainHashes hashes,
            AuditProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.hashes = hashes;
        this.batch = properties.sealBatch();
    }

    /** One scheduled round: seals what is pending unless another instance is sealing now. */
    void sealPending() {
        if (paused) {
            return;
        }
        try {
            drain(false);
        } catch (DataAccessException | TransactionException e) {
            log.warn("Sealing the audit trail failed; unsealed events wait for the next round: {}", e.getMessage());
        }
    }

    /** Seals everything committed so far, waiting for another sealer to finish first (tests, operators). */
    void sealNow() {
        drain(true);
    }

    /** Every record of a transaction below this xid is sealed. */
    long floor() {
        return floor;
    }

    /** Stops and restarts the scheduled rounds, as if the sealer were down (tests). */
    void pause(boolean pause) {
        this.paused = pause;
    }

    /**
     * Seals batch after batch. After a full batch the next one continues after its last record instead of scanning
     * from the floor again, so a backlog of a million records is sealed in one pass; a record that committed behind
     * that position meanwhile is caught by the closing batch, which scans from the floor and alone may raise it.
     */
    private void drain(boolean wait) {
        long after = 0;
        while (true) {
            long from = after;
            Batch batch = Objects.requireNonNull(transactions.execute(status -> sealBatch(wait, from)));
            floor = Math.max(floor, batch.floor());
            if (batch.full()) {
                after = batch.lastPosition();
            } else if (after == 0) {
                return;
            } else {
                after = 0;
            }
        }
    }

    /** Seals one batch of committed records after the given position (0: from the floor). */
    private Batch sealBatch(boolean wait, long after) {
        if (!lock(wait)) {
            return new Batch(false, 0, 0);
        }
        Head head = jdbc.sql("select seq, hash, scan_floor::text from audit_seal order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), Long.parseLong(rs.getString(3))))
                .optional()
                .orElse(new Head(0, ChainHashes.GENESIS, 0));
        long known = Math.max(head.floor(), floor);
        // Every transaction below xmin has ended, so each of its records is visible to the query below.
        long xmin = Long.parseLong(jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text")
                .query(String.class)
                .single());
        List<Pending> pending = jdbc.sql("""
                        select r.pos, audit_record_content(r.id, r.occurred_at, r.actor, r.action, r.subject_type,
                                                           r.subject_id, r.before, r.after)
                        from audit_record r
                        where r.txid >= cast(cast(:floor as text) as xid8) and r.pos > :after
                          and not exists (select 1 from audit_seal s where s.record_pos = r.pos)
                        order by r.pos limit :limit""")
                .param("floor", Long.toString(known))
                .param("after", after)
                .param("limit", batch)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2)))
                .list();
        boolean full = pending.size() == batch;
        long proven = full || after > 0 ? known : Math.max(known, xmin);
        if (pending.isEmpty()) {
            return new Batch(false, 0, proven);
        }
        List<Object[]> seals = new ArrayList<>(pending.size());
        long sequence = head.sequence();
        String previous = head.hash();
        for (Pending record : pending) {
            sequence++;
            String hash = hashes.seal(sequence, previous, record.content());
            seals.add(new Object[] {
                sequence, record.position(), hashes.currentKeyId(), previous, hash, Long.toString(proven)
            });
            previous = hash;
        }
        template.batchUpdate("""
                insert into audit_seal (seq, record_pos, key_id, previous_hash, hash, scan_floor)
                values (?, ?, ?, ?, ?, cast(? as xid8))""", seals);
        return new Batch(full, pending.get(pending.size() - 1).position(), proven);
    }

    private boolean lock(boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(:lock)")
                    .param("lock", SEALER_LOCK)
                    .query()
                    .singleValue();
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:lock)")
                .param("lock", SEALER_LOCK)
                .query(Boolean.class)
                .single());
    }

    private record Head(long sequence, String hash, long floor) {}

    /** What a batch did, and the floor it proved (applied once its transaction committed). */
    private record Batch(boolean full, long lastPosition, long floor) {}

    private record Pending(long position, String content) {}
}
