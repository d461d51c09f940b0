package org.collabscreen.rulebook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.collabscreen.rulebook.RevisionResponses.RevisionDetail;
import org.collabscreen.rulebook.RevisionResponses.RevisionEntry;
import org.collabscreen.rulebook.RevisionResponses.RuleChange;
import org.collabscreen.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The revisions of the rulebook and, for each, the rules it changed: derived from the versioned rule rows. */
@Service
class RevisionHistory {

    private static final String ENTRY = """
            select r.revision, r.changed_at, r.actor, r.summary,
                   (select count(*) from rule_version v where v.valid_from_revision = r.revision) as changes
            from rulebook_revision r""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RevisionHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    PageResponse<RevisionEntry> list(int page, int size) {
        long total = jdbc.sql("select count(*) from rulebook_revision")
                .query(Long.class)
                .single();
        List<RevisionEntry> items = jdbc.sql(ENTRY + " order by r.revision desc limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(RevisionHistory::entry)
                .list();
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    @Transactional(readOnly = true)
    Optional<RevisionDetail> detail(int revision, int page, int size) {
        return jdbc.sql(ENTRY + " where r.revision = :revision")
                .param("revision", revision)
                .query(RevisionHistory::entry)
                .optional()
                .map(entry -> new RevisionDetail(
                        entry.revision(),
                        entry.changedAt(),
                        entry.actor(),
                        entry.summary(),
                        new PageResponse<>(changes(revision, page, size), page, size, entry.changes(), (int)
                                ((entry.changes() + size - 1) / size))));
    }

    private List<RuleChange> changes(int revision, int page, int size) {
        return jdbc.sql("""
                        select a.kind, a.rule_key, b.document::text as before,
                               case when a.retired then null else a.document::text end as after,
                               case when b.kind is null then 'ADDED' when a.retired then 'RETIRED'
                                    when b.retired then 'RESTORED' else 'CHANGED' end as change
                        from rule_version a
                        left join rule_version b
                               on b.kind = a.kind and b.rule_key = a.rule_key and b.valid_to_revision = a.valid_from_revision
                        where a.valid_from_revision = :revision
                        order by a.kind, a.sort_key, a.rule_key limit :limit offset :offset""")
                .param("revision", revision)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new RuleChange(
                        rs.getString("kind"),
                        rs.getString("rule_key"),
                        rs.getString("change"),
                        rs.getString("before") == null ? null : json.readTree(rs.getString("before")),
                        rs.getString("after") == null ? null : json.readTree(rs.getString("after"))))
                .list();
    }

    private static RevisionEntry entry(ResultSet rs, int n) throws SQLException {
        return new RevisionEntry(
                rs.getInt("revision"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("summary"),
                rs.getLong("changes"));
    }
}
