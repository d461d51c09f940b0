package org.collabscreen.impact;

import java.time.Duration;
import java.util.UUID;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.Api;
import org.collabscreen.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job that keeps failing, for any reason, is marked FAILED with its error after a few attempts, and the next
 * revision's job goes on. Runs on a database of its own, since the failure it provokes would hold up other tests' jobs.
 */
class RevisionImpactFailureIntegrationTests {

    @Test
    void aJobThatKeepsFailingIsMarkedFailedWithItsErrorAndLaterJobsGoOn() {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "collabscreen.impact.poll-interval=100ms",
                        "collabscreen.impact.max-attempts=3")
                .run(TestDatabases.asArguments(TestDatabases.fresh()))) {
            Api api = Api.onPort(
                    Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port")),
                    application.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key"));
            JdbcClient jdbc = application.getBean(JdbcClient.class);
            Api.Response created = api.post("/api/v1/proposals", """
                    {"institution": "Universidad de Zaragoza", "country": "ES", "technologyArea": "semiconductor lithography"}""");
            UUID unreadable = UUID.fromString(created.body().get("id").asString());
            // Not a list of researchers: reading it throws, and no database error is involved.
            jdbc.sql("update proposal set researchers = '{\"not\": \"a list\"}' where id = :id")
                    .param("id", unreadable)
                    .update();

            int first = list(api, "Failing Talent Plan");
            JsonNode failed = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> impact(api, first),
                            impact -> !"PENDING".equals(impact.get("status").asString()));
            assertThat(failed.get("status").asString()).isEqualTo("FAILED");
            assertThat(failed.get("attempts").asInt()).isEqualTo(3);
            assertThat(failed.get("error").asString()).isNotBlank().doesNotContain("select", "proposal where");

            jdbc.sql("update proposal set researchers = '[]' where id = :id")
                    .param("id", unreadable)
                    .update();
            int second = list(api, "Following Talent Plan");
            JsonNode done = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> impact(api, second),
                            impact -> "DONE".equals(impact.get("status").asString()));
            assertThat(done.get("checked").asInt()).isPositive();
            assertThat(impact(api, first).get("status").asString()).isEqualTo("FAILED");
        }
    }

    private static JsonNode impact(Api api, int revision) {
        return api.get("/api/v1/rulebook/revisions/" + revision + "/impact").body();
    }

    private static int list(Api api, String name) {
        String code = "TP_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.Response created = api.post("/api/v1/rulebook/talent-programmes", """
                {"code": "%s", "name": "%s", "country": "CN", "source": {"name": "Test edition"}}""".formatted(code, name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Integer.parseInt(created.header("ETag").replace("\"", ""));
    }
}
