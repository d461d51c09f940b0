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
