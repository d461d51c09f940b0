package org.collabscreen.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collabscreen.security.CurrentActor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the audit trail inside the caller's transaction, so the event and the action commit together.
 * The events of one transaction are buffered and written in one JDBC batch just before it commits; no lock is taken:
 * the chain's sequence and hashes are assigned afterwards by the {@link AuditSealer}.
 */
@Service
class AuditTrail {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final Clock clock = Clock.systemUTC();

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, CurrentActor actor) {
        this.jdbc = jdbc;
        this.json = json;
        this.actor = actor;
    }

    /** Records an event by the current actor; must run inside the transaction of the action it records. */
    void record(AuditEntry entry) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalTransactionStateException("An audit event must be recorded in its action's transaction");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        buffer().add(new Object[] {
            UUID.randomUUID(),
            now.atOffset(ZoneOffset.UTC),
            actor.name(),
            entry.action(),
            entry.subjectType(),
            entry.subjectId(),
            serialised(entry.before()),
            serialised(entry.after())
        });
    }

    private List<Object[]> buffer() {
        @SuppressWarnings("unchecked")
        List<Object[]> buffered = (List<Object[]>) TransactionSynchronizationManager.getResource(this);
        if (buffered == null) {
            List<Object[]> rows = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, rows);
            TransactionSynchronizationManager.registerSynchronization(new Flush(rows));
            buffered = rows;
        }
        return buffered;
    }

    private String serialised(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    /** Writes the transaction's events in one batch before it commits, and forgets them when it ends. */
    private final class Flush implements TransactionSynchronization {

        private final List<Object[]> rows;

        Flush(List<Object[]> rows) {
            this.rows = rows;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into audit_record (id, occurred_at, actor, action, subject_type, subject_id, before, after)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""", List.copyOf(rows));
                rows.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
        }
    }
}
