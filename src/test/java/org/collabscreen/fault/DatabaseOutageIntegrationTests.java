package org.collabscreen.fault;

import java.time.Duration;
import java.util.List;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.Api;
import org.collabscreen.support.StoppableDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stopped at once while the application runs: every request answers 503 problem+json with
 * {@code Retry-After}, health says DOWN, and once PostgreSQL is back the application serves again without a restart.
 */
class DatabaseOutageIntegrationTests {

    private static final String PROPOSAL = """
            {"institution": "Universidad de Sevilla", "country": "ES", "technologyArea": "semiconductor lithography"}""";

    private static StoppableDatabase database;
    private static ConfigurableApplicationContext application;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        database = StoppableDatabase.start();
        application = new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties("server.port=0")
                .run(database.asArguments());
        api = Api.onPort(
                Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port")),
                application.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void answers503WithRetryAfterToEveryRequestDuringAnOutageAndRecoversWithoutARestart() throws Exception {
        Api.Response created = api.post("/api/v1/proposals", PROPOSAL);
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();

        database.stopImmediately();
        try {
            for (Request request : requests(id)) {
                Api.Response response = api.send(request.method(), request.path(), request.body());
                assertThat(response.status()).as(request + " " + response).isEqualTo(503);
                assertThat(response.contentType()).as(request.toString()).startsWith("application/problem+json");
                assertThat(response.header("Retry-After"))
                        .as(request.toString())
                        .isNotBlank();
                assertThat(response.body().get("type").asString()).isEqualTo("/problems/database-unavailable");
            }
            Api.Response health = api.withoutKey().get("/actuator/health");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().get("status").asString()).isEqualTo("DOWN");
        } finally {
            database.restart();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(api.post("/api/v1/proposals", PROPOSAL).status())
                                .isEqualTo(201));
        assertThat(api.get("/api/v1/proposals/" + id).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
    }

    /**
     * The same under load: clients keep posting while PostgreSQL stops at once and comes back. Prints the time from the
     * stop to the first 503, the slowest answer during the outage, and the time from the restart to the first 201.
     * Longer: {@code ./mvnw -B -ntp test -Dcodegen.skip=true -Dtest=DatabaseOutageIntegrationTests -Dfault.seconds=30}.
     */
    @Test
    void underLoadEveryAnswerDuringAnOutageIs503WithRetryAfterAndServiceResumesByItself() throws Exception {
        int seconds = Integer.getInteger("fault.seconds", 3);
        String base = "http://127.0.0.1:" + application.getEnvironment().getRequiredProperty("local.server.port");
        String key = application.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key");
        long stoppedAt;
        long restartedAt;
        List<Load.Answer> answers;
        try (Load load = new Load(base, key, 8)) {
            Thread.sleep(seconds * 1000L);
            stoppedAt = System.nanoTime();
            database.stopImmediately();
            Thread.sleep(seconds * 1000L);
            restartedAt = System.nanoTime();
            database.restart();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> load.answers().stream()
                            .anyMatch(answer -> answer.sentAt() > restartedAt && answer.status() == 201));
            Thread.sleep(500);
            answers = List.copyOf(load.answers());
        }
        List<Load.Answer> duringOutage = answers.stream()
                .filter(answer -> answer.answeredAt() > stoppedAt && answer.sentAt() < restartedAt)
                .filter(answer -> answer.status() != 201)
                .toList();
        long firstUnavailable = answers.stream()
                .filter(answer -> answer.status() == 503 && answer.answeredAt() > stoppedAt)
                .mapToLong(Load.Answer::answeredAt)
                .min()
                .orElseThrow();
        long slowest = duringOutage.stream()
                .mapToLong(answer -> answer.answeredAt() - Math.max(answer.sentAt(), stoppedAt))
                .max()
                .orElse(0);
        long recovered = answers.stream()
                .filter(answer -> answer.status() == 201 && answer.sentAt() > restartedAt)
                .mapToLong(Load.Answer::answeredAt)
                .min()
                .orElseThrow();
        System.out.printf(
                "database-outage: requests=%d during-outage=%d 503=%d 500=%d other=%d time-to-first-503=%dms"
                        + " slowest-answer-during-outage=%dms time-to-recovery-after-restart=%dms%n",
                answers.size(),
                duringOutage.size(),
                duringOutage.stream().filter(a -> a.status() == 503).count(),
                answers.stream().filter(a -> a.status() == 500).count(),
                duringOutage.stream().filter(a -> a.status() != 503).count(),
                (firstUnavailable - stoppedAt) / 1_000_000,
                slowest / 1_000_000,
                (recovered - restartedAt) / 1_000_000);
        assertThat(answers).noneMatch(answer -> answer.status() >= 500 && answer.status() != 503);
        assertThat(duringOutage).isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(503);
            assertThat(answer.retryAfter()).isNotBlank();
            assertThat(answer.contentType()).startsWith("application/problem+json");
        });
    }

    /** The first request after the stop meets the pool's broken connections; the later ones meet a refused connect. */
    private static List<Request> requests(String id) {
        return List.of(
                new Request(HttpMethod.POST, "/api/v1/proposals", PROPOSAL),
                new Request(HttpMethod.POST, "/api/v1/proposals", PROPOSAL),
                new Request(HttpMethod.GET, "/api/v1/proposals", null),
                new Request(HttpMethod.GET, "/api/v1/proposals/" + id, null),
                new Request(HttpMethod.POST, "/api/v1/proposals/" + id + "/screenings", null),
                new Request(HttpMethod.GET, "/api/v1/proposals/" + id + "/screenings", null),
                new Request(HttpMethod.POST, "/api/v1/proposals/batch", "{\"proposals\": [" + PROPOSAL + "]}"),
                new Request(HttpMethod.GET, "/api/v1/rulebook/institutions?size=5", null),
                new Request(HttpMethod.GET, "/api/v1/rulebook/revisions/1/impact", null),
                new Request(HttpMethod.GET, "/api/v1/webhooks", null),
                new Request(HttpMethod.POST, "/api/v1/proposals", PROPOSAL));
    }

    private record Request(HttpMethod method, String path, String body) {}
}
