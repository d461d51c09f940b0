package org.collabscreen.seed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flyway migration that adds one rulebook revision merging institutions the seed holds twice (one organisation
 * spelled differently by two public lists) and linking units to their parent group, as listed with reasons and public
 * sources in rulebook-revisions/institution_merges.csv and institution_units.csv (and, in institution_aliases.csv,
 * names of units the merged groups' names would otherwise win over). Each merged survivor gains the
 * duplicate's names as aliases and its listings; the duplicate gets a retired successor; entries whose parent was the
 * duplicate now name the survivor. Nothing is deleted, so the rulebook as of the revision before is unchanged. Its
 * checksum covers the three files.
 */
@Component
public class V23__rulebook_institution_merges extends BaseJavaMigration {

    static final String MERGES = "rulebook-revisions/institution_merges.csv";
    static final String UNITS = "rulebook-revisions/institution_units.csv";
    static final String ALIASES = "rulebook-revisions/institution_aliases.csv";
    static final String SUMMARY = "Institution merges: one entry for each organisation the public lists spell"
            + " differently (names, aliases and listings joined, duplicates retired), and units linked to their"
            + " parent group, with units' own names (rulebook-revisions/institution_*.csv)";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        InstitutionConsolidation consolidation = consolidate(current(connection));
        int revision = newRevision(connection);
        try (PreparedStatement close = connection.prepareStatement("update rule_version set valid_to_revision = ?"
                        + " where kind = 'INSTITUTION' and rule_key = ? and valid_to_revision is null");
                PreparedStatement insert = connection.prepareStatement("insert into rule_version"
                        + " (kind, rule_key, valid_from_revision, retired, sort_key, document)"
                        + " values ('INSTITUTION', ?, ?, ?, ?, cast(? as jsonb))")) {
            succeed(close, insert, revision, consolidation.changed(), false);
            succeed(close, insert, revision, consolidation.retired(), true);
            close.executeBatch();
            insert.executeBatch();
        }
    }

    /**
     * This revision's merges, unit links and aliases applied to the current institution documents (by rule key); the
     * migration writes the result, and the in-memory test rulebook uses the same code.
     */
    static InstitutionConsolidation consolidate(Map<String, ObjectNode> current) {
        InstitutionConsolidation consolidation = new InstitutionConsolidation(current);
        for (CSVRecord row : rows(MERGES)) {
            consolidation.merge(new InstitutionConsolidation.Merge(
                    row.get("survivor"),
                    row.get("survivor_country"),
                    row.get("duplicate"),
                    row.get("duplicate_country")));
        }
        for (CSVRecord row : rows(UNITS)) {
            consolidation.link(new InstitutionConsolidation.Link(
                    row.get("unit"), row.get("unit_country"), row.get("parent"), row.get("parent_country")));
        }
        for (CSVRecord row : rows(ALIASES)) {
            consolidation.alias(
                    new InstitutionConsolidation.Alias(row.get("entry"), row.get("entry_country"), row.get("alias")));
        }
        return consolidation;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : List.of(MERGES, UNITS, ALIASES)) {
            crc.update(file.getBytes(StandardCharsets.UTF_8));
            crc.update(read(file));
        }
        return (int) crc.getValue();
    }

    private static Map<String, ObjectNode> current(Connection connection) throws SQLException {
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select rule_key, document::text from rule_version"
                        + " where kind = 'INSTITUTION' and valid_to_revision is null and not retired"
                        + " order by rule_key")) {
            while (result.next()) {
                documents.put(result.getString(1), (ObjectNode) JSON.readTree(result.getString(2)));
            }
        }
        return documents;
    }

    private static int newRevision(Connection connection) throws SQLException {
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
        return revision;
    }

    private static void succeed(
            PreparedStatement close,
            PreparedStatement insert,
            int revision,
            Map<String, ObjectNode> documents,
            boolean retired)
            throws SQLException {
        for (Map.Entry<String, ObjectNode> entry : documents.entrySet()) {
            close.setInt(1, revision);
            close.setString(2, entry.getKey());
            close.addBatch();
            insert.setString(1, entry.getKey());
            insert.setInt(2, revision);
            insert.setBoolean(3, retired);
            insert.setString(4, entry.getValue().get("name").asString());
            insert.setString(5, entry.getValue().toString());
            insert.addBatch();
        }
    }

    private static List<CSVRecord> rows(String file) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(read(file)), StandardCharsets.UTF_8);
                var parser = FORMAT.parse(reader)) {
            return new ArrayList<>(parser.getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in =
                V23__rulebook_institution_merges.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
