package org.collabscreen.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuditChainIntegrationTests extends ApiTest {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private AuditSealer sealer;

    @Autowired
    private TestDatabase database;

    @Autowired
    private Environment environment;

    @AfterEach
    void sealerRuns() {
        sealer.pause(false);
    }

    @Test
    void concurrentWritersProduceOneGapFreeForkFreeChain() throws Exception {
        String reference = "CONCURRENT-" + UUID.randomUUID();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            posts.add(() -> api.post("/api/v1/proposals", json("""
                            {'institution': 'Writer University', 'country': 'DE', 'technologyArea': 'soil',
                             'reference': '%s'}""".formatted(reference)))
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : writers.invokeAll(posts)) {
            statuses.add(status.get());
        }
        writers.shutdown();
        sealer.sealNow();

        assertThat(statuses).containsOnly(201);
        long sealedOfThisTest =
                jdbc.sql("""
                        select count(*) from audit_seal s join audit_record r on r.pos = s.record_pos
                        where r.action = 'SCREENING_COMPLETED' and r.after->>'screeningId' in (
                            select sc.id::text from screening sc join proposal p on p.id = sc.proposal_id
                            where p.reference = :reference)""").param("reference", reference).query(Long.class).single();
        assertThat(sealedOfThisTest).isEqualTo(80);
        record Shape(long seals, long highest, long records, long links) {}
        Shape shape = jdbc.sql("""
                        select count(*), max(seq), count(distinct record_pos), count(distinct previous_hash)
                        from audit_seal""")
                .query((rs, n) -> new Shape(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
        assertThat(shape.seals())
                .isEqualTo(shape.highest())
                .isEqualTo(shape.records())
                .isEqualTo(shape.links());
        JsonNode verification = fullVerification();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("events").asLong()).isEqualTo(shape.highest());
        assertThat(verification.get("unsealedEvents").asLong()).isZero();
    }

    @Test
    void aRowAlteredByTheOwnerBreaksTheChain() {
        long seq = newSealedEvent("Tamper Target");
        long position = seal(seq).position();
        String actor = jdbc.sql("select actor from audit_record where pos = :pos")
                .param("pos", position)
                .query(String.class)
                .single();
        try {
            asOwner("update audit_record set actor = 'mallory' where pos = " + position);

            JsonNode verification = fullVerification();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(seq);
            assertThat(verification.get("problem").asString()).isEqualTo("HASH_MISMATCH");
        } finally {
            asOwner("update audit_record set actor = '" + actor + "' where pos = " + position);
        }
        assertThat(fullVerification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aHashForgedWithoutTheKeyFailsVerification() {
        long seq = newSealedEvent("Forgery Target");
        Seal seal = seal(seq);
        AuditKeys guessedKey = new AuditKeys(new byte[32], List.of());
        String content = jdbc.sql("""
                        select audit_record_content(r.id, r.occurred_at, 'mallory', r.action, r.subject_type, r.subject_id,
                                                    r.before, r.after)
                        from audit_seal s join audit_record r on r.pos = s.record_pos where s.seq = :seq""").param("seq", seq).query(String.class).single();
        String forged = guessedKey.mac(ChainHashes.message(seq, seal.previousHash(), seal.keyId(), content));
        String actor = jdbc.sql("select actor from audit_record where pos = :pos")
                .param("pos", seal.position())
                .query(String.class)
                .single();
        try {
            asOwner("update audit_record set actor = 'mallory' where pos = " + seal.position());
            asOwner("update audit_seal set hash = '" + forged + "' where seq = " + seq);

            JsonNode verification = fullVerification();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(seq);
            assertThat(verification.get("problem").asString()).isEqualTo("HASH_MISMATCH");
        } finally {
            asOwner("update audit_record set actor = '" + actor + "' where pos = " + seal.position());
            asOwner("update audit_seal set hash = '" + seal.hash() + "' where seq = " + seq);
        }
        assertThat(fullVerification().get("intact").asBoolean()).isTrue();
    }

    @Test
    void anUnkeyedHashAfterKeyedEventsFailsVerification() {
        long seq = newSealedEvent("Legacy Forgery");
        Seal seal = seal(seq);
        String unkeyed = jdbc.sql("""
                        select audit_event_hash(s.seq, r.id, r.occurred_at, r.actor, r.action, r.subject_type, r.subject_id,
                                                r.before, r.after, s.previous_hash)
                        from audit_seal s join audit_record r on r.pos = s.record_pos where s.seq = :seq""").param("seq", seq).query(String.class).single();
        try {
            asOwner("update audit_seal set hash = '" + unkeyed + "', key_id = 'legacy-sha256' where seq = " + seq);

            JsonNode verification = fullVerification();

            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("firstBrokenSequence").asLong()).isEqualTo(seq);
            assertThat(verification.get("problem").asString()).isEqualTo("LEGACY_AFTER_KEYED");
        } finally {
            asOwner("update audit_seal set hash = '" + seal.hash() + "', key_id = '" + seal.keyId() + "' where seq = "
                    + seq);
        }
    }

    @Test
    void verificationContinuesFromTheNewestCheckpoint() {
        newSealedEvent("Checkpoint Base");
        JsonNode full = fullVerification();
        long checkpoint = full.get("events").asLong();
        assertThat(full.get("mode").asString()).isEqualTo("FULL");
        assertThat(full.get("verifiedEvents").asLong()).isEqualTo(checkpoint);

        long newest = newSealedEvent("After Checkpoint");
        JsonNode incremental = api.get("/api/v1/audit-events/verification").body();

        assertThat(incremental.get("intact").asBoolean()).isTrue();
        assertThat(incremental.get("mode").asString()).isEqualTo("INCREMENTAL");
        assertThat(incremental.get("verifiedFromSequence").asLong()).isEqualTo(checkpoint);
        assertThat(incremental.get("verifiedEvents").asLong()).isEqualTo(newest - checkpoint + 1);
        assertThat(incremental.get("events").asLong()).isEqualTo(newest);

        Seal seal = seal(newest);
        try {
            asOwner("update audit_record set subject_type = 'FORGED' where pos = " + seal.position());

            JsonNode tampered = api.get("/api/v1/audit-events/verification").body();

            assertThat(tampered.get("intact").asBoolean()).isFalse();
            assertThat(tampered.get("firstBrokenSequence").asLong()).isEqualTo(newest);
            assertThat(api.get("/api/v1/audit-events/checkpoint").status()).isEqualTo(409);
        } finally {
            asOwner("update audit_record set subject_type = 'PROPOSAL' where pos = " + seal.position());
        }
        assertThat(api.get("/api/v1/audit-events/verification")
                        .body()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aSignedCheckpointOfTheHeadVerifiesOfflineWithTheKey() throws Exception {
        Api auditor = api.withKey(api.createKey("checkpoint-auditor", "AUDITOR"));
        long newest = newSealedEvent("Exported Checkpoint");

        JsonNode checkpoint = auditor.get("/api/v1/audit-events/checkpoint").body();

        assertThat(checkpoint.get("sequence").asLong()).isEqualTo(newest);
        assertThat(checkpoint.get("headHash").asString()).isEqualTo(seal(newest).hash());
        String statement = "collabscreen-audit-checkpoint-v1\n" + newest + "\n"
                + checkpoint.get("headHash").asString() + "\n"
                + checkpoint.get("keyId").asString();
        assertThat(checkpoint.get("statement").asString()).isEqualTo(statement);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(
                HexFormat.of().parseHex(environment.getRequiredProperty("collabscreen.audit.hmac-key")), "HmacSHA256"));
        assertThat(checkpoint.get("signature").asString())
                .isEqualTo(HexFormat.of().formatHex(mac.doFinal(statement.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void noAcknowledgedEventIsLostWhileTheSealerIsDown() {
        sealer.sealNow();
        sealer.pause(true);
        String id = api.post(
                        "/api/v1/proposals",
                        json("{'institution': 'Sealer Down', 'country': 'DE', 'technologyArea': 'soil'}"))
                .body()
                .get("id")
                .asString();

        JsonNode unsealed = api.get("/api/v1/audit-events?subjectId=" + id)
                .body()
                .get("items")
                .get(0);
        assertThat(unsealed.get("sealed").asBoolean()).isFalse();
        assertThat(unsealed.get("sequence").isNull()).isTrue();
        assertThat(unsealed.get("hash").isNull()).isTrue();
        JsonNode verification = api.get("/api/v1/audit-events/verification").body();
        assertThat(verification.get("intact").asBoolean()).isTrue();
        assertThat(verification.get("unsealedEvents").asLong()).isPositive();
        assertThat(verification.get("oldestUnsealedAt").isNull()).isFalse();

        sealer.pause(false);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get("/api/v1/audit-events?subjectId=" + id)
                                .body()
                                .get("items")
                                .get(0)
                                .get("sealed")
                                .asBoolean())
                        .isTrue());
        assertThat(fullVerification().get("unsealedEvents").asLong()).isZero();
    }

    @Test
    void eventsArePagedByCursorWithTotalsThatSayWhetherTheyAreExact() {
        String id = api.post(
                        "/api/v1/proposals",
                        json("{'institution': 'Paged University', 'country': 'DE', 'technologyArea': 'soil'}"))
                .body()
                .get("id")
                .asString();
        api.post("/api/v1/proposals/" + id + "/screenings", "");
        api.post("/api/v1/proposals/" + id + "/screenings", "");

        JsonNode first =
                api.get("/api/v1/audit-events?subjectId=" + id + "&size=2").body();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("totalKind").asString()).isEqualTo("EXACT");
        String cursor = first.get("nextCursor").asString();
        JsonNode second = api.get("/api/v1/audit-events?subjectId=" + id + "&size=2&cursor=" + cursor)
                .body();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("nextCursor").isNull()).isTrue();
        List<String> ids = new ArrayList<>();
        first.get("items").forEach(event -> ids.add(event.get("id").asString()));
        second.get("items").forEach(event -> ids.add(event.get("id").asString()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(3);

        JsonNode problem =
                api.get("/api/v1/audit-events?cursor=bm90LWEtY3Vyc29y").body();
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
    }

    private long newSealedEvent(String institution) {
        String id = api.post(
                        "/api/v1/proposals",
                        json("{'institution': '%s', 'country': 'DE', 'technologyArea': 'soil'}".formatted(institution)))
                .body()
                .get("id")
                .asString();
        sealer.sealNow();
        return jdbc.sql("""
                        select s.seq from audit_seal s join audit_record r on r.pos = s.record_pos
                        where r.subject_id = :id""").param("id", id).query(Long.class).single();
    }

    private Seal seal(long seq) {
        return jdbc.sql("select record_pos, previous_hash, hash, key_id from audit_seal where seq = :seq")
                .param("seq", seq)
                .query((rs, n) -> new Seal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    private JsonNode fullVerification() {
        return api.get("/api/v1/audit-events/verification?full=true").body();
    }

    /** What a tamperer with the owner's rights does: switch the guards off, change a row, switch them on again. */
    private void asOwner(String update) {
        DriverManagerDataSource owner = new DriverManagerDataSource(
                database.owner().getJdbcUrl(),
                database.owner().getUsername(),
                database.owner().getPassword());
        JdbcClient.create(owner).sql("""
                        begin;
                        alter table audit_record disable trigger audit_record_append_only;
                        alter table audit_seal disable trigger audit_seal_append_only;
                        %s;
                        alter table audit_record enable trigger audit_record_append_only;
                        alter table audit_seal enable trigger audit_seal_append_only;
                        commit""".formatted(update)).update();
    }

    private record Seal(long position, String previousHash, String hash, String keyId) {}
}
