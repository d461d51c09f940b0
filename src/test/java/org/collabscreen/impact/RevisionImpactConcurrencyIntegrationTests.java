package org.collabscreen.impact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The change-impact job re-screens proposals while API clients re-screen the same proposals: the two take their locks
 * in one order, so neither deadlocks, every re-screen is acknowledged, the job finishes, and every screening is
 * accounted for. Prints a line {@code lock-order: …} with the counts. Runs on a database of its own, closed afterwards:
 * its proposals would otherwise slow every later revision's job in the shared one.
 */
@TestPropertySource(properties = "collabscreen.impact.batch-size=" + RevisionImpactConcurrencyIntegrationTests.BATCH)
@DirtiesContext
class RevisionImpactConcurrencyIntegrationTests extends ApiTest {

    static final int BATCH = 50;

    /** Six of the job's batches, so that the clients meet it in several. */
    private static final int PROPOSALS = 6 * BATCH;

    private static final int CLIENTS = 4;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void apiRescreensDuringTheJobsRescreensOfTheSameProposalsAreAllAcknowledgedAndNoScreeningIsLost() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String programme = "Contended Talent Plan " + tag;
        String reference = "contended-" + tag;
        List<UUID> ids = create(programme, reference);
        int revision = list(programme);
        await("the job's first re-screen")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> screenedAtOrAfter(revision, reference) > 0);
        long rescreenedBeforeClients = screenedAtOrAfter(revision, reference);
        long seed = System.nanoTime();

        AtomicBoolean jobDone = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<List<Answer>>> running = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Random random = new Random(seed + client);
            running.add(clients.submit(() -> rescreenUntil(jobDone, ids, random)));
        }
        JsonNode impact;
        try {
            impact = awaitDone(revision);
        } finally {
            jobDone.set(true);
            clients.shutdown();
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<List<Answer>> client : running) {
            answers.addAll(client.get());
        }

        Map<Integer, Long> statuses =
                answers.stream().collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
        List<UUID> acknowledged = answers.stream()
                .filter(answer -> answer.status() == 201)
                .map(Answer::screeningId)
                .toList();
        int jobRescreened = impact.get("rescreened").asInt();
        Set<UUID> stored = screeningsOf(reference);
        long expected = PROPOSALS + acknowledged.size() + jobRescreened;
        System.out.printf(
                "lock-order: seed=%d proposals=%d job-rescreened-before-clients=%d api-rescreens=%d statuses=%s"
                        + " job-status=%s job-rescreened=%d screenings=%d expected=%d%n",
                seed,
                PROPOSALS,
                rescreenedBeforeClients,
                answers.size(),
                statuses,
                impact.get("status").asString(),
                jobRescreened,
                stored.size(),
                expected);

        assertThat(impact.get("status").asString()).as("the job's status").isEqualTo("DONE");
        assertThat(jobRescreened)
                .as("the job re-screened proposals while the clients did")
                .isGreaterThan((int) rescreenedBeforeClients);
        assertThat(answers).as("API re-screens during the job").isNotEmpty();
        assertThat(answers.stream().filter(answer -> answer.status() != 201).toList())
                .as("API re-screens not acknowledged; statuses %s", statuses)
                .isEmpty();
        assertThat(stored).as("acknowledged screenings stored").containsAll(acknowledged);
        assertThat(stored.size())
                .as("screenings: one each at submission, one per acknowledged re-screen, one per re-screen the job"
                        + " counted (a batch rolled back after a failure re-screens without counting)")
                .isEqualTo(expected);
        assertThat(changedBy(revision, reference))
                .as("proposals the job recorded as changed")
                .isEqualTo(PROPOSALS);
        assertThat(latestBefore(revision, reference))
                .as("proposals whose latest screening predates the revision")
                .isZero();
    }

    /** Re-screens proposals picked at random, one request at a time, until the job is done. */
    private List<Answer> rescreenUntil(AtomicBoolean done, List<UUID> ids, Random random) {
        List<Answer> answers = new ArrayList<>();
        while (!done.get()) {
            UUID id = ids.get(random.nextInt(ids.size()));
            Api.Response response = api.post("/api/v1/proposals/" + id + "/screenings", "");
            answers.add(
                    response.status() == 201
                            ? new Answer(
                                    201,
                                    UUID.fromString(response.body().get("id").asString()),
                                    null)
                            : new Answer(response.status(), null, response.text()));
        }
        return answers;
    }

    private record Answer(int status, UUID screeningId, String problem) {}

    /** The proposals, each naming the programme and carrying the reference, submitted in one batch. */
    private List<UUID> create(String programme, String reference) {
        String item = json("""
                {'reference': '%s', 'institution': 'Universidad de Zaragoza', 'country': 'ES',
                 'technologyArea': 'semiconductor lithography',
                 'researchers': [{'name': 'R. Researcher', 'affiliations': [], 'talentProgrammes': ['%s']}]}""".formatted(reference, programme));
        Api.Response batch = api.post(
                "/api/v1/proposals/batch",
                "{\"proposals\": [" + String.join(", ", Collections.nCopies(PROPOSALS, item)) + "]}");
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        batch.body()
                .get("results")
                .forEach(result ->
                        ids.add(UUID.fromString(result.get("proposal").get("id").asString())));
        assertThat(ids).hasSize(PROPOSALS);
        return ids;
    }

    /** Lists the talent programme through the API: a revision that changes every proposal, and its job. */
    private int list(String programme) {
        Api.Response created = api.post("/api/v1/rulebook/talent-programmes", json("""
                {'code': '%s', 'name': '%s', 'country': 'CN', 'source': {'name': 'Test edition'}}""".formatted(
                        programme.toUpperCase().replaceAll("[^A-Z0-9]+", "_"), programme)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Integer.parseInt(created.header("ETag").replace("\"", ""));
    }

    private JsonNode awaitDone(int revision) {
        return await("the change impact of revision " + revision)
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("/api/v1/rulebook/revisions/" + revision + "/impact"),
                        impact -> impact.status() == 200
                                && !"PENDING".equals(impact.body().get("status").asString()))
                .body();
    }

    private long screenedAtOrAfter(int revision, String reference) {
        return jdbc.sql("""
                        select count(*) from screening
                        where proposal_id in (select id from proposal where reference = :reference)
                          and rulebook_revision >= :revision""")
                .param("reference", reference)
                .param("revision", revision)
                .query(Long.class)
                .single();
    }

    private Set<UUID> screeningsOf(String reference) {
        return jdbc.sql("""
                        select id from screening
                        where proposal_id in (select id from proposal where reference = :reference)""").param("reference", reference).query(UUID.class).set();
    }

    private long changedBy(int revision, String reference) {
        return jdbc.sql("""
                        select count(*) from revision_impact
                        where revision = :revision and proposal_id in (select id from proposal where reference = :reference)""")
                .param("revision", revision)
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    /** Proposals whose newest screening (reproductions aside) was made against a rulebook before the revision. */
    private long latestBefore(int revision, String reference) {
        return jdbc.sql("""
                        select count(*) from (
                            select distinct on (proposal_id) rulebook_revision from screening
                            where proposal_id in (select id from proposal where reference = :reference)
                              and not reproduction
                            order by proposal_id, screened_at desc) latest
                        where rulebook_revision < :revision""")
                .param("revision", revision)
                .param("reference", reference)
                .query(Long.class)
                .single();
    }
}
