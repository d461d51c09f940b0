package org.collabscreen.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Screening runs before the write transaction begins, so a batch holds no lock or connection while the engine works.
 * The write transaction of a call with an Idempotency-Key begins by claiming the key, whose row keeps the time of the
 * claim: every screening of the call must be older than that.
 */
class BatchWritePathIntegrationTests extends ApiTest {

    private static final String BATCH = "/api/v1/proposals/batch";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aBatchIsScreenedWholeBeforeItsWriteTransactionBegins() {
        String key = "batch-" + UUID.randomUUID();
        Api.Response response = withIdempotencyKey(key, BATCH, batchOf(20, key));

        assertThat(response.status()).isEqualTo(200);
        Instant claimed = claimedAt(key);
        List<Instant> screened = response.body()
                .get("results")
                .valueStream()
                .map(result -> Instant.parse(result.get("proposal")
                        .get("screening")
                        .get("screenedAt")
                        .asString()))
                .toList();
        assertThat(screened).hasSize(20).allSatisfy(at -> assertThat(at).isBeforeOrEqualTo(claimed));
    }

    @Test
    void aSingleProposalIsScreenedBeforeItsWriteTransactionBegins() {
        String key = "single-" + UUID.randomUUID();
        Api.Response response = withIdempotencyKey(key, "/api/v1/proposals", item(0, key));

        assertThat(response.status()).isEqualTo(201);
        Instant screened =
                Instant.parse(response.body().get("screening").get("screenedAt").asString());
        assertThat(screened).isBeforeOrEqualTo(claimedAt(key));
    }

    @Test
    void aBatchOfAThousandIsStoredWholeWithOneScreeningOneOpenCaseAndOneAuditEventPerProposal() {
        String tag = "K-" + UUID.randomUUID();
        long auditBefore = count("select count(*) from audit_record");

        Api.Response response = api.post(BATCH, batchOf(1000, tag));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("summary").get("screened").asInt()).isEqualTo(1000);
        assertThat(count("select count(*) from proposal where reference like '" + tag + "-%'"))
                .isEqualTo(1000);
        assertThat(count("select count(*) from screening s join proposal p on p.id = s.proposal_id "
                        + "where p.reference like '" + tag + "-%' and s.screened_at = p.latest_screened_at"))
                .isEqualTo(1000);
        assertThat(count("select count(*) from review_case c join proposal p on p.id = c.proposal_id "
                        + "where p.reference like '" + tag + "-%' and c.status = 'OPEN' "
                        + "and c.overall_risk = p.latest_overall_risk"))
                .isEqualTo(1000);
        // Committed with the batch; the sealer chains them a moment later (audit_event shows only sealed ones).
        assertThat(count("select count(*) from audit_record")).isGreaterThanOrEqualTo(auditBefore + 1000);
        JsonNode last = response.body().get("results").get(999).get("proposal");
        assertThat(api.get("/api/v1/proposals/" + last.get("id").asString())
                        .body()
                        .get("screening")
                        .get("id")
                        .asString())
                .isEqualTo(last.get("screening").get("id").asString());
    }

    @Test
    void theFrameworkRequestIsWrittenWithTheProposalSoItsVerdictsAreJudgedAgainOnARescreen() {
        Api.Response created = api.post(
                "/api/v1/proposals",
                json("{'institution':'University of Toronto','country':'CA','technologyArea':'Hypersonic propulsion',"
                        + "'frameworks':['CA_STRAC'],'decisionDate':'2026-11-30'}"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.body().get("id").asString();

        JsonNode stored = api.get("/api/v1/proposals/" + id).body();
        assertThat(stored.get("frameworks").toString()).isEqualTo("[\"CA_STRAC\"]");
        assertThat(stored.get("decisionDate").asString()).isEqualTo("2026-11-30");

        Api.Response rescreened = api.post("/api/v1/proposals/" + id + "/screenings", "");
        assertThat(rescreened.status()).as(rescreened.text()).isEqualTo(201);
        assertThat(rescreened
                        .body()
                        .get("verdicts")
                        .valueStream()
                        .map(v -> v.get("framework").asString()))
                .containsExactly("CA_STRAC");
    }

    @Test
    void aBatchLeavesNoSpillFileBehindWhetherItIsStoredOrRefused() {
        Set<Path> before = spillFiles();

        assertThat(api.post(BATCH, batchOf(40, "S-" + UUID.randomUUID())).status())
                .isEqualTo(200);
        assertThat(api.post(BATCH, "{\"proposals\": []}").status()).isEqualTo(400);
        String key = "spill-" + UUID.randomUUID();
        String keyed = batchOf(3, key);
        assertThat(withIdempotencyKey(key, BATCH, keyed).status()).isEqualTo(200);
        assertThat(withIdempotencyKey(key, BATCH, keyed).header(IdempotencyKeys.REPLAYED_HEADER))
                .isEqualTo("true");

        // Other builds on the machine may share the temporary folder: only files this test's batches left count.
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(spillFiles()).as("spill files left behind").isSubsetOf(before));
    }

    /** The batch's temporary files in the JVM's temporary folder: its answers and rows while it runs. */
    private static Set<Path> spillFiles() {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("collabscreen-batch-"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api.Response withIdempotencyKey(String key, String path, String body) {
        return Api.exchange(api.client()
                .post()
                .uri(path)
                .header(IdempotencyKeys.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body));
    }

    private Instant claimedAt(String key) {
        return jdbc.queryForObject(
                        "select created_at from idempotency_key where idempotency_key = ?", OffsetDateTime.class, key)
                .toInstant();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String batchOf(int size, String tag) {
        return "{\"proposals\": ["
                + String.join(
                        ",",
                        IntStream.range(0, size).mapToObj(i -> item(i, tag)).toList()) + "]}";
    }

    private static String item(int index, String tag) {
        String[][] partners = {
            {"Harbin Institute of Technology", "CN", "semiconductor lithography"},
            {"University of Cambridge", "GB", "river pollution monitoring"},
            {"Chinese Academy of Sciences", "CN", "flexible electronics for wearable sensors"},
            {"Universidad de Sevilla", "ES", "quantum sensing"}
        };
        String[] partner = partners[index % partners.length];
        return """
                {"institution": "%s", "country": "%s", "technologyArea": "%s", "reference": "%s-%d"}""".formatted(partner[0], partner[1], partner[2], tag, index);
    }
}
