package org.collabscreen.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.collabscreen.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Appends events to the audit trail inside the caller's transaction, so the event and the action commit together. */
@Service
class AuditTrail {

    static final String GENESIS_HASH = "0".repeat(64);
    /** Serialises appends so each row links to the one committed before it. */
    private static final long APPEND_LOCK = 0x41554449544cL;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentActor actor;
    private final Clock clock = Clock.systemUTC();

    AuditTrail(JdbcClient jdbc, JsonMapper json, CurrentActor actor) {
        this.jdbc = jdbc;
        this.json = json;
        this.actor = actor;
    }

    /** Records an event by the current actor; must run inside the transaction of the action it records. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditEntry entry) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", APPEND_LOCK)
                .query()
                .singleValue();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                        with previous as (
                            select coalesce((select max(seq) from audit_event), 0) + 1 as seq,
                                   coalesce((select hash from audit_event order by seq desc limit 1), :genesis) as hash)
                        insert into audit_event (seq, id, occurred_at, actor, action, subject_type, subject_id, before,
                                                 after, previous_hash, hash)
                        select p.seq, :id, cast(:at as timestamptz), :actor, :action, :subjectType, :subjectId, cast(:before as jsonb),
                               cast(:after as jsonb), p.hash,
                               audit_event_hash(p.seq, cast(:id as uuid), cast(:at as timestamptz), :actor, :action,
                                                :subjectType, :subjectId, cast(:before as jsonb), cast(:after as jsonb),
                                                p.hash)
                        from previous p""")
                .param("genesis", GENESIS_HASH)
                .param("id", UUID.randomUUID())
                .param("at", now.atOffset(ZoneOffset.UTC))
                .param("actor", actor.name())
                .param("action", entry.action())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("before", serialised(entry.before()))
                .param("after", serialised(entry.after()))
                .update();
    }

    private String serialised(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
