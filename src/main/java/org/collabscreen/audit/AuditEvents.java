package org.collabscreen.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail and checks its hash chain. */
@Service
class AuditEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of events, newest first. */
    @Transactional(readOnly = true)
    PageResponse<AuditEventResponse> list(AuditFilter filter, int page, int size) {
        Map<String, Object> parameters = filter.parameters();
        long total = jdbc.sql("select count(*) from audit_event where " + filter.where())
                .params(parameters)
                .query(Long.class)
                .single();
        List<AuditEventResponse> items = jdbc.sql("""
                        select seq, id, occurred_at, actor, action, subject_type, subject_id, before::text as before,
                               after::text as after, previous_hash, hash
                        from audit_event where %s order by seq desc limit :limit offset :offset""".formatted(filter.where()))
                .params(parameters)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new AuditEventResponse(
                        rs.getLong("seq"),
                        rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("before") == null ? null : json.readTree(rs.getString("before")),
                        rs.getString("after") == null ? null : json.readTree(rs.getString("after")),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
                .list();
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** Recomputes every hash and link of the chain in the database and reports the first break, if any. */
    @Transactional(readOnly = true)
    ChainVerification verify() {
        record Count(long events, String head) {}
        Count count = jdbc.sql(
                        "select count(*), (select hash from audit_event order by seq desc limit 1) from audit_event")
                .query((rs, n) -> new Count(rs.getLong(1), rs.getString(2)))
                .single();
        return jdbc.sql("""
                        select seq, problem from (
                            select seq, case
                                when hash <> audit_event_hash(seq, id, occurred_at, actor, action, subject_type,
                                                              subject_id, before, after, previous_hash) then 'HASH_MISMATCH'
                                when previous_hash <> coalesce(lag(hash) over chain, :genesis) then 'BROKEN_LINK'
                                when seq <> coalesce(lag(seq) over chain, 0) + 1 then 'MISSING_EVENT'
                            end as problem
                            from audit_event window chain as (order by seq)) checked
                        where problem is not null order by seq limit 1""")
                .param("genesis", AuditTrail.GENESIS_HASH)
                .query((rs, n) -> ChainVerification.broken(count.events(), rs.getLong("seq"), rs.getString("problem")))
                .optional()
                .orElseGet(() -> ChainVerification.intact(count.events(), count.head()));
    }
}
