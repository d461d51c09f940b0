package org.collabscreen.audit;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import org.collabscreen.support.TestDatabase;
import org.collabscreen.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Events sealed by V6's unkeyed chain still verify after V9, and the keyed chain continues from their head. */
class LegacyChainMigrationTests {

    private static final byte[] KEY = "a key for the legacy chain test".getBytes();

    @Test
    void eventsOfTheUnkeyedChainVerifyAndTheKeyedChainContinuesFromThem() {
        TestDatabase database = TestDatabases.fresh();
        DataSource owner = new DriverManagerDataSource(
                database.owner().getJdbcUrl(),
                database.owner().getUsername(),
                database.owner().getPassword());
        migrate(owner, "8");
        JdbcClient jdbc = JdbcClient.create(owner);
        for (int i = 0; i < 3; i++) {
            appendAsV6Did(jdbc, "legacy-" + i);
        }
        String legacyHead = jdbc.sql("select hash from audit_event order by seq desc limit 1")
                .query(String.class)
                .single();

        migrate(owner, "latest");

        ChainHashes hashes = new ChainHashes(new AuditKeys(KEY, List.of()));
        AuditCheckpoints checkpoints = new AuditCheckpoints(jdbc, hashes);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(owner);
        // Batches of two: a backlog is sealed batch after batch, each continuing after the one before.
        AuditProperties properties = new AuditProperties("", List.of(), null, null, 2, false);
        AuditSealer sealer = new AuditSealer(
                jdbc, new JdbcTemplate(owner), new TransactionTemplate(transactions), hashes, properties);
        ChainVerifier verifier =
                new ChainVerifier(jdbc, new JdbcTemplate(owner), transactions, hashes, checkpoints, sealer);
        ChainVerification migrated = verifier.verify(true);
        assertThat(migrated.intact()).isTrue();
        assertThat(migrated.events()).isEqualTo(3);
        assertThat(migrated.headHash()).isEqualTo(legacyHead);

        jdbc.sql("""
                        insert into audit_record (id, occurred_at, actor, action, subject_type, subject_id)
                        select gen_random_uuid(), now(), 'system', 'AFTER_UPGRADE', 'TEST', 'keyed-' || n
                        from generate_series(1, 5) n""").update();
        sealer.sealNow();

        ChainVerification continued = verifier.verify(true);
        assertThat(continued.intact()).isTrue();
        assertThat(continued.events()).isEqualTo(8);
        assertThat(jdbc.sql("select previous_hash from audit_seal where seq = 4")
                        .query(String.class)
                        .single())
                .isEqualTo(legacyHead);
        assertThat(jdbc.sql("select key_id from audit_event order by seq")
                        .query(String.class)
                        .list())
                .containsExactly(
                        AuditKeys.LEGACY,
                        AuditKeys.LEGACY,
                        AuditKeys.LEGACY,
                        AuditKeys.idOf(KEY),
                        AuditKeys.idOf(KEY),
                        AuditKeys.idOf(KEY),
                        AuditKeys.idOf(KEY),
                        AuditKeys.idOf(KEY));
    }

    private static void migrate(DataSource owner, String target) {
        Flyway.configure()
                .dataSource(owner)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    /** The append of V6's AuditTrail, under its global lock. */
    private static void appendAsV6Did(JdbcClient jdbc, String subject) {
        jdbc.sql("""
                        with previous as (
                            select coalesce((select max(seq) from audit_event), 0) + 1 as seq,
                                   coalesce((select hash from audit_event order by seq desc limit 1), :genesis) as hash)
                        insert into audit_event (seq, id, occurred_at, actor, action, subject_type, subject_id, before,
                                                 after, previous_hash, hash)
                        select p.seq, :id, now(), 'system', 'RULE_CREATED', 'INSTITUTION', :subject, null,
                               cast('{"name": "Legacy"}' as jsonb), p.hash,
                               audit_event_hash(p.seq, cast(:id as uuid), now(), 'system', 'RULE_CREATED',
                                                'INSTITUTION', :subject, null, cast('{"name": "Legacy"}' as jsonb), p.hash)
                        from previous p""")
                .param("genesis", ChainHashes.GENESIS)
                .param("id", UUID.randomUUID())
                .param("subject", subject)
                .update();
    }
}
