package org.collabscreen.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.web.PageResponse;
import org.collabscreen.web.TotalKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit trail, sealed and not yet sealed events alike, newest first. */
@Service
class AuditEvents {

    /** Up to this many matching events are counted exactly; past it the total is the planner's estimate. */
    static final int EXACT_COUNT_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of events, newest first: after the cursor's event when a cursor is given, else at the page's offset. */
    @Transactional(readOnly = true)
    PageResponse<AuditEventResponse> list(AuditFilter filter, String cursor, int page, int size) {
        Map<String, Object> parameters = filter.parameters();
        String where = filter.where();
        if (cursor != null) {
            where += " and r.pos < :cursor";
            parameters.put("cursor", AuditCursor.position(cursor));
        }
        List<Listed> rows = jdbc.sql("""
                        select r.pos, r.id, r.occurred_at, r.actor, r.action, r.subject_type, r.subject_id,
                               r.before::text as before, r.after::text as after, s.seq, s.previous_hash, s.hash, s.key_id
                        from audit_record r left join audit_seal s on s.record_pos = r.pos
                        where %s order by r.pos desc limit :limit offset :offset""".formatted(where))
                .params(parameters)
                .param("limit", size + 1)
                .param("offset", cursor == null ? (long) page * size : 0L)
                .query((rs, n) -> new Listed(
                        rs.getLong("pos"),
                        new AuditEventResponse(
                                rs.getObject("seq", Long.class),
                                rs.getObject("id", UUID.class),
                                rs.getObject("occurred_at", OffsetDateTime.class)
                                        .toInstant(),
                                rs.getString("actor"),
                                rs.getString("action"),
                                rs.getString("subject_type"),
                                rs.getString("subject_id"),
                                tree(rs.getString("before")),
                                tree(rs.getString("after")),
                                rs.getString("previous_hash"),
                                rs.getString("hash"),
                                rs.getString("hash") != null,
                                rs.getString("key_id"))))
                .list();
        List<AuditEventResponse> items =
                rows.stream().limit(size).map(Listed::event).toList();
        String next = rows.size() > size ? AuditCursor.after(rows.get(size - 1).position()) : null;
        Total total = total(filter);
        return new PageResponse<>(
                items,
                page,
                size,
                total.count(),
                (int) Math.min(Integer.MAX_VALUE, (total.count() + size - 1) / size),
                next,
                total.kind());
    }

    /** Exact up to {@link #EXACT_COUNT_LIMIT} matching events (a bounded index scan), else the planner's estimate. */
    private Total total(AuditFilter filter) {
        long counted = jdbc.sql("select count(*) from (select 1 from audit_record r where %s limit :cap) bounded"
                        .formatted(filter.where()))
                .params(filter.parameters())
                .param("cap", EXACT_COUNT_LIMIT + 1)
                .query(Long.class)
                .single();
        if (counted <= EXACT_COUNT_LIMIT) {
            return new Total(counted, TotalKind.EXACT);
        }
        String plan = jdbc.sql("explain (format json) select 1 from audit_record r where " + filter.where())
                .params(filter.parameters())
                .query(String.class)
                .single();
        long estimate = json.readTree(plan).get(0).get("Plan").get("Plan Rows").asLong();
        return new Total(Math.max(estimate, counted), TotalKind.ESTIMATE);
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    private record Listed(long position, AuditEventResponse event) {}

    private record Total(long count, TotalKind kind) {}
}
