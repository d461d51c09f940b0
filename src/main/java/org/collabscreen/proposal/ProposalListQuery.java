package org.collabscreen.proposal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.collabscreen.security.Viewer;
import org.collabscreen.web.PageCursor;
import org.collabscreen.web.PageTotals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposal list in SQL: newest first by (created_at, id), the order of the index {@code proposal_created_idx},
 * so a page after a cursor starts with an index seek, however deep it is. Every filter is backed by an index.
 */
@Component
class ProposalListQuery {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProposalListQuery(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The ids of up to {@code limit} proposals after the cursor (or after {@code offset} without one), in order. */
    List<UUID> ids(ProposalFilter filter, Viewer viewer, PageCursor after, int offset, int limit) {
        Where where = where(filter, viewer);
        if (after != null) {
            where.add("(created_at, id) < (:afterAt, :afterId)");
            where.params.put("afterAt", after.at().atOffset(ZoneOffset.UTC));
            where.params.put("afterId", after.id());
        }
        return jdbc.sql("select id from proposal" + where.sql()
                        + " order by created_at desc, id desc limit :limit offset :offset")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(UUID.class)
                .list();
    }

    /**
     * How many proposals match: counted up to {@link PageTotals#COUNTED_UP_TO}, estimated by the planner beyond, and
     * not counted at all when the planner expects far more (a count of a selective filter combination no index
     * covers would otherwise read ten times as many rows as it counts).
     */
    PageTotals total(ProposalFilter filter, Viewer viewer) {
        return total(filter, viewer, PageTotals.COUNTED_UP_TO);
    }

    PageTotals total(ProposalFilter filter, Viewer viewer, int countedUpTo) {
        Where where = where(filter, viewer);
        long expected = estimate(where);
        if (expected > (long) countedUpTo * PageTotals.PLAINLY_ABOVE) {
            return PageTotals.estimated(expected);
        }
        long counted = jdbc.sql("select count(*) from (select 1 from proposal" + where.sql() + " limit :countLimit) c")
                .params(where.params)
                .param("countLimit", countedUpTo + 1)
                .query(Long.class)
                .single();
        return PageTotals.of(counted, countedUpTo, expected);
    }

    private long estimate(Where where) {
        String plan = jdbc.sql("explain (format json) select 1 from proposal" + where.sql())
                .params(where.params)
                .query(String.class)
                .single();
        JsonNode rows = json.readTree(plan).path(0).path("Plan").path("Plan Rows");
        return rows.asLong();
    }

    private static Where where(ProposalFilter filter, Viewer viewer) {
        Where where = new Where();
        if (!viewer.seesEveryClient()) {
            where.add("client = :client", "client", viewer.client());
        }
        if (filter.overallRisk() != null) {
            where.add(
                    "latest_overall_risk = :risk", "risk", filter.overallRisk().name());
        }
        if (filter.country() != null) {
            where.add("country = :country", "country", filter.country());
        }
        if (filter.reference() != null) {
            where.add("reference = :reference", "reference", filter.reference());
        }
        if (filter.from() != null) {
            where.add("created_at >= :from", "from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("created_at < :to", "to", filter.to().atOffset(ZoneOffset.UTC));
        }
        if (filter.q() != null) {
            String pattern = "%"
                    + filter.q()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            where.add("search_text like :pattern escape '\\'", "pattern", pattern);
        }
        return where;
    }

    /** The conditions of a query and their parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        void add(String condition) {
            conditions.add(condition);
        }

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.put(name, value);
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
