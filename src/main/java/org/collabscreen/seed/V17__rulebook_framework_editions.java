package org.collabscreen.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flyway migration that adds the funder frameworks' editions (framework-seed/framework-editions.json) to the rulebook
 * as one new revision: each edition is a FRAMEWORK_EDITION rule document, versioned and editable like any other rule.
 * Its checksum covers the file, so editing it after it was applied fails Flyway's validation: a new edition is a
 * rulebook revision through the API, or a new migration.
 */
@Component
public class V17__rulebook_framework_editions extends BaseJavaMigration {

    static final String FILE = "framework-seed/framework-editions.json";
    static final String SUMMARY = "Funder framework editions: US DoD, CHIPS MFTRP, NIH, Canada STRAC, Horizon Europe"
            + " Art. 22(5), UK ATAS, Dutch knowledge-security screening bill (draft)";

    @Override
    public void migrate(Context context) throws SQLException {
        JsonNode editions = JsonMapper.builder().build().readTree(read());
        var connection = context.getConnection();
        int revision;
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select coalesce(max(revision), 0) + 1 from rulebook_revision")) {
            result.next();
            revision = result.getInt(1);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into rulebook_revision (revision, changed_at, actor, summary) values (?, now(), 'seed', ?)")) {
            statement.setInt(1, revision);
            statement.setString(2, SUMMARY);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)"
                        + " values ('FRAMEWORK_EDITION', ?, ?, ?, cast(? as jsonb))")) {
            for (JsonNode edition : editions) {
                String framework = edition.get("framework").asString();
                statement.setString(1, framework + "_" + edition.get("edition").asString());
                statement.setInt(2, revision);
                statement.setString(
                        3, framework + " " + edition.get("effectiveFrom").asString());
                statement.setString(4, edition.toString());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read());
        return (int) crc.getValue();
    }

    private static byte[] read() {
        try (InputStream in =
                V17__rulebook_framework_editions.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }
}
