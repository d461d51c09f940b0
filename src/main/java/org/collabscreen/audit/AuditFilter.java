package org.collabscreen.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Optional filters of the audit-event list, combined with AND; each is backed by an index. */
record AuditFilter(String action, String subjectType, String subjectId, String actor, Instant from, Instant to) {

    /** The SQL condition and its parameters. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        put(parameters, "action", action);
        put(parameters, "subjectType", subjectType);
        put(parameters, "subjectId", subjectId);
        put(parameters, "actor", actor);
        put(parameters, "from", from == null ? null : from.atOffset(ZoneOffset.UTC));
        put(parameters, "to", to == null ? null : to.atOffset(ZoneOffset.UTC));
        return parameters;
    }

    String where() {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (action != null) {
            conditions.add("action = :action");
        }
        if (subjectType != null) {
            conditions.add("subject_type = :subjectType");
        }
        if (subjectId != null) {
            conditions.add("subject_id = :subjectId");
        }
        if (actor != null) {
            conditions.add("actor = :actor");
        }
        if (from != null) {
            conditions.add("occurred_at >= :from");
        }
        if (to != null) {
            conditions.add("occurred_at < :to");
        }
        return String.join(" and ", conditions);
    }

    private static void put(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
