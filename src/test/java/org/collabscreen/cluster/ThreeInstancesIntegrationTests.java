package org.collabscreen.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.collabscreen.CollabScreenApplication;
import org.collabscreen.rulebook.RulebookSnapshots;
import org.collabscreen.support.Api;
import org.collabscreen.support.Editing;
import org.collabscreen.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three application instances on one database, as behind a load balancer: a webhook event is delivered once, a
 * revision's change impact runs once, an API key's allowance holds across the instances, a revoked key is refused by
 * every instance at once, a new revision is served by all three about as soon as it is compiled, and the change-impact
 * job settles a revision as soon as every instance reports that it serves it, not after a fixed delay.
 */
class ThreeInstancesIntegrationTests {

    private static final int ALLOWANCE = 200;
    private static final String ADMIN_KEY = "cs_test_admin_key_for_the_tests_0123456789abcdef";
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeAll
    static void startThree() {
        String[] database = TestDatabases.asArguments(TestDatabases.fresh());
        String[] settings = {
            "--server.port=0",
            "--collabscreen.security.rate-limit.requests=" + ALLOWANCE,
            "--collabscreen.security.rate-limit.period=1h",
            "--collabscreen.security.rate-limit.sync-every=1",
            // Checked keys are trusted for ten minutes: only the notification can make an instance refuse one.
            "--collabscreen.security.key-cache.ttl=10m",
            // The change-impact job may wait a minute: only the instances' reports let it settle a revision sooner.
            "--collabscreen.impact.settle=60s",
            "--collabscreen.impact.in-flight-grace=200ms"
        };
        for (int i = 0; i < 3; i++) {
            instances.add(new SpringApplicationBuilder(CollabScreenApplication.class)
                    .profiles("test")
                    .run(Stream.concat(Stream.of(database), Stream.of(settings)).toArray(String[]::new)));
        }
    }

    @AfterAll
    static void stopAll() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aKeysAllowanceHoldsAcrossTheInstances() {
        String key = api(0, ADMIN_KEY).createKey("allowance", "SCREENER");
        int passed = 0;
        for (int request = 0; request < 3 * ALLOWANCE / 2; request++) {
            if (api(request % 3, key).get("/api/v1/rulebook").status() == 200) {
                passed++;
            }
        }
        // Per instance, the key could have spent its allowance three times over.
        assertThat(passed).isBetween(ALLOWANCE - 1, ALLOWANCE + 3);
    }

    @Test
    void aKeyRevokedThroughOneInstanceIsRefusedByEveryInstanceThatRememberedIt() {
        Api admin = api(0, ADMIN_KEY);
        var created = admin.post("/api/v1/api-keys", """
                {"name": "portal", "client": "three-instances", "roles": ["SCREENER"]}""").body();
        String key = created.get("key").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(api(i, key).get("/api/v1/rulebook").status()).isEqualTo(200);
        }

        assertThat(admin.delete("/api/v1/api-keys/" + created.get("id").asString())
                        .status())
                .isEqualTo(204);

        for (int i = 0; i < 3; i++) {
            Api caller = api(i, key);
            await("instance " + i + " refusing the revoked key")
                    .atMost(Duration.ofSeconds(2))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> caller.get("/api/v1/rulebook").status() == 401);
        }
    }

    @Test
    void aRevisionsImpactRunsOnceAndEachWebhookEventIsDeliveredOnce() throws IOException {
        try (Receiver receiver = new Receiver()) {
            Api admin = api(0, ADMIN_KEY);
            assertThat(admin.post("/api/v1/webhooks", """
                            {"url": "%s", "events": ["SCREENING_RISK_CHANGED"]}""".formatted(receiver.url()))
                            .status())
                    .isEqualTo(201);
            String programme =
                    "Orvanne Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
            for (int i = 0; i < 3; i++) {
                assertThat(api(i, ADMIN_KEY)
                                .post("/api/v1/proposals", """
                                {"institution": "Universidad de Zaragoza", "country": "ES",
                                 "technologyArea": "semiconductor lithography", "reference": "THREE-%d",
                                 "researchers": [{"name": "R. Researcher", "talentProgrammes": ["%s"]}]}""".formatted(i, programme))
                                .status())
                        .isEqualTo(201);
            }

            var listed = api(1, ADMIN_KEY).post("/api/v1/rulebook/talent-programmes", """
                    {"code": "ORVANNE_TP", "name": "%s", "country": "CN", "source": {"name": "Test edition"}}""".formatted(programme));
            int revision = Integer.parseInt(listed.header("ETag").replace("\"", ""));
            new Editing(api(2, ADMIN_KEY)).awaitImpact(revision);

            JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(
                            "select count(*) from revision_impact_job where revision = ?", Integer.class, revision))
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject(
                            "select checked from revision_impact_job where revision = ?", Integer.class, revision))
                    .isEqualTo(jdbc.queryForObject("select count(*) from proposal", Integer.class));

            receiver.awaitRequests(3);
            await("no second delivery of any event")
                    .during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> receiver.bodies().size() == 3);
            Set<String> eventIds = receiver.bodies().stream()
                    .map(body -> JsonMapper.builder()
                            .build()
                            .readTree(body)
                            .get("id")
                            .asString())
                    .collect(Collectors.toSet());
            assertThat(eventIds).hasSize(3);
        }
    }

    @Test
    void aRevisionsImpactWaitsForAnInstanceThatDoesNotServeItYet() {
        JdbcTemplate jdbc = instances.get(0).getBean(JdbcTemplate.class);
        UUID lagging = UUID.randomUUID();
        jdbc.update(
                "insert into rulebook_instance (instance_id, revision, installed_at, reported_at)"
                        + " values (?, 1, clock_timestamp(), clock_timestamp())",
                lagging);
        try {
            var listed = api(0, ADMIN_KEY).post("/api/v1/rulebook/talent-programmes", """
                    {"code": "LAGGING_TP", "name": "Quillmere Talent Plan", "country": "CN",
                     "source": {"name": "Test edition"}}""");
            int revision = Integer.parseInt(listed.header("ETag").replace("\"", ""));
            await("the job waiting for the lagging instance")
                    .during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> jdbc.queryForObject(
                            "select horizon is null from revision_impact_job where revision = ?",
                            Boolean.class,
                            revision));

            jdbc.update(
                    "update rulebook_instance set revision = ?, reported_at = clock_timestamp() where instance_id = ?",
                    revision,
                    lagging);

            new Editing(api(1, ADMIN_KEY)).awaitImpact(revision);
        } finally {
            jdbc.update("delete from rulebook_instance where instance_id = ?", lagging);
        }
    }

    @Test
    void aNewRevisionIsServedByAllThreeSoonAfterItsCommit() {
        var created = api(2, ADMIN_KEY).post("/api/v1/rulebook/talent-programmes", """
                {"code": "TESSARINE_TP", "name": "Tessarine Talent Plan", "country": "CN",
                 "source": {"name": "Test edition"}}""");
        long committedAt = System.nanoTime();
        assertThat(created.status()).isEqualTo(201);
        int revision = Integer.parseInt(created.header("ETag").replace("\"", ""));

        for (int i = 0; i < 3; i++) {
            RulebookSnapshots snapshots = instances.get(i).getBean(RulebookSnapshots.class);
            await("instance " + i + " serving revision " + revision)
                    .atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> snapshots.servedRevision().orElse(0) >= revision);
            System.out.printf(
                    "Instance %d serves revision %d %d ms after its commit, with no request to it%n",
                    i, revision, (System.nanoTime() - committedAt) / 1_000_000);
        }
        assertThat(api(0, ADMIN_KEY)
                        .get("/actuator/info")
                        .body()
                        .get("rulebook")
                        .get("revision")
                        .asInt())
                .isGreaterThanOrEqualTo(revision);
    }

    private static Api api(int instance, String key) {
        return Api.onPort(
                Integer.parseInt(instances.get(instance).getEnvironment().getProperty("local.server.port")), key);
    }

    /** A webhook endpoint on loopback that records every request's body and answers 204. */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final List<String> bodies = new CopyOnWriteArrayList<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        List<String> bodies() {
            return bodies;
        }

        void awaitRequests(int count) {
            await(count + " webhook requests")
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(50))
                    .until(bodies::size, size -> size >= count);
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (InputStream in = exchange.getRequestBody()) {
                bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
