package org.collabscreen.seed;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;

import tools.jackson.databind.json.JsonMapper;

/** Inserts the seed as revision 1 of the rulebook: its watch lists and rule documents, with plain JDBC batches. */
final class SeedWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connection connection;

    SeedWriter(Connection connection) {
        this.connection = connection;
    }

    void write(RulebookSeedData data) throws SQLException {
        insert(
                "insert into rulebook_revision (revision, changed_at, actor, summary) values (?, now(), ?, ?)",
                List.of(RulebookSeed.SUMMARY),
                s -> new Object[] {1, "seed", s});
        insert(
                "insert into watch_list (code, name, authority, url, consequence) values (?, ?, ?, ?, ?)",
                data.watchLists(),
                w -> new Object[] {w.code(), w.name(), w.authority(), w.url(), w.consequence()});
        insert(
                "insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)"
                        + " values (?, ?, 1, ?, cast(? as jsonb))",
                SeedDocuments.of(data),
                d -> new Object[] {d.kind(), d.ruleKey(), d.sortKey(), JSON.writeValueAsString(d.content())});
    }

    /** CRC32 of everything {@link #write} inserts, so any change to the seeded content changes it. */
    static int checksum(RulebookSeedData data) {
        CRC32 crc = new CRC32();
        crc.update(RulebookSeed.SUMMARY.getBytes(StandardCharsets.UTF_8));
        crc.update(JSON.writeValueAsBytes(data.watchLists()));
        for (SeedDocuments.Document document : SeedDocuments.of(data)) {
            crc.update(JSON.writeValueAsBytes(document));
        }
        return (int) crc.getValue();
    }

    private <T> void insert(String sql, List<T> rows, Function<T, Object[]> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T row : rows) {
                Object[] params = values.apply(row);
                for (int i = 0; i < params.length; i++) {
                    if (params[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, params[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
