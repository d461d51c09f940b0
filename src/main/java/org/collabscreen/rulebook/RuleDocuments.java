package org.collabscreen.rulebook;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The temporal store of rules: each version of a rule is a JSON document valid over a range of revisions. */
@Repository
class RuleDocuments {

    private static final String AS_OF = """
            valid_from_revision <= :revision and (valid_to_revision is null or valid_to_revision > :revision)""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RuleDocuments(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The rules of a kind in force at a revision, retired ones left out, in a stable order. */
    <T> List<T> asOf(RuleKind kind, int revision, Class<T> type) {
        return jdbc.sql("select document::text from rule_version where kind = :kind and not retired and " + AS_OF
                        + " order by sort_key, rule_key")
                .param("kind", kind.name())
                .param("revision", revision)
                .query((rs, n) -> json.readValue(rs.getString(1), type))
                .list();
    }

    /** The latest version of a rule, retired or not. */
    <T> Optional<StoredRule<T>> current(RuleKind kind, String key, Class<T> type) {
        return jdbc.sql("""
                        select valid_from_revision, retired, document::text from rule_version
                        where kind = :kind and rule_key = :key and valid_to_revision is null""")
                .param("kind", kind.name())
                .param("key", key)
                .query((rs, n) -> new StoredRule<>(
                        kind, key, rs.getInt(1), rs.getBoolean(2), json.readValue(rs.getString(3), type)))
                .optional();
    }

    /** Makes {@code rule} the version of its key from {@code revision} on, closing the version before it. */
    void write(RuleKind kind, String key, String sortKey, Object rule, int revision) {
        close(kind, key, revision);
        insert(kind, key, revision, false, sortKey, json.writeValueAsString(rule));
    }

    /** Retires the rule from {@code revision} on: its latest document stays, marked retired. */
    void retire(RuleKind kind, String key, int revision) {
        record Latest(String sortKey, String document) {}
        Latest latest = jdbc.sql("""
                        select sort_key, document::text from rule_version
                        where kind = :kind and rule_key = :key and valid_to_revision is null""")
                .param("kind", kind.name())
                .param("key", key)
                .query((rs, n) -> new Latest(rs.getString(1), rs.getString(2)))
                .single();
        close(kind, key, revision);
        insert(kind, key, revision, true, latest.sortKey(), latest.document());
    }

    private void close(RuleKind kind, String key, int revision) {
        jdbc.sql("""
                        update rule_version set valid_to_revision = :revision
                        where kind = :kind and rule_key = :key and valid_to_revision is null""")
                .param("kind", kind.name())
                .param("key", key)
                .param("revision", revision)
                .update();
    }

    private void insert(RuleKind kind, String key, int revision, boolean retired, String sortKey, String document) {
        jdbc.sql("""
                        insert into rule_version (kind, rule_key, valid_from_revision, retired, sort_key, document)
                        values (:kind, :key, :revision, :retired, :sortKey, cast(:document as jsonb))""")
                .param("kind", kind.name())
                .param("key", key)
                .param("revision", revision)
                .param("retired", retired)
                .param("sortKey", sortKey)
                .param("document", document)
                .update();
    }
}
