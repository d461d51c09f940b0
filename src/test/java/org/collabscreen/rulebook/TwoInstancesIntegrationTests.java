package org.collabscreen.rulebook;

import java.time.Duration;
import java.util.UUID;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.Api;
import org.collabscreen.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances against one database, as behind a load balancer: a rule added through one is used by the
 * other without a restart. How soon is a benchmark's figure (`scripts/benchmark-cluster`, "revision served"), not this
 * test's: a timed assertion here failed whenever the machine was busy compiling.
 */
class TwoInstancesIntegrationTests {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBoth() {
        String[] database = TestDatabases.asArguments(TestDatabases.fresh());
        first = new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties("server.port=0")
                .run(database);
        second = new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties("server.port=0")
                .run(database);
    }

    @AfterAll
    static void stopBoth() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aRuleAddedThroughOneInstanceIsUsedByTheOther() {
        Api editor = Api.onPort(port(first), adminKey(first));
        Api screener = Api.onPort(port(second), adminKey(second));
        String programme = "Halvard Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
        String proposal = """
                {"institution": "Universidad de Zaragoza", "country": "ES", "technologyArea": "semiconductor lithography",
                 "researchers": [{"name": "R. Researcher", "affiliations": [], "talentProgrammes": ["%s"]}]}""".formatted(programme);
        assertThat(screener.post("/api/v1/proposals", proposal)
                        .body()
                        .get("screening")
                        .get("overallRisk")
                        .asString())
                .isEqualTo("MEDIUM");

        Api.Response created = editor.post("/api/v1/rulebook/talent-programmes", """
                {"code": "HALVARD_TP", "name": "%s", "country": "CN", "source": {"name": "Test edition"}}""".formatted(programme));
        long committedAt = System.nanoTime();
        assertThat(created.status()).isEqualTo(201);
        int revision = Integer.parseInt(created.header("ETag").replace("\"", ""));

        JsonNode screening = await("the second instance screening with revision " + revision)
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> screener.post("/api/v1/proposals", proposal)
                                .body()
                                .get("screening"),
                        latest -> latest.get("rulebookRevision").asInt() >= revision);
        long elapsedMillis = (System.nanoTime() - committedAt) / 1_000_000;

        LoggerFactory.getLogger(TwoInstancesIntegrationTests.class)
                .info(
                        "Second instance screened with revision {} {} ms after the first committed revision {}",
                        screening.get("rulebookRevision").asInt(),
                        elapsedMillis,
                        revision);
        assertThat(screening.get("rulebookRevision").asInt())
                .as("revision used after %d ms", elapsedMillis)
                .isGreaterThanOrEqualTo(revision);
        assertThat(screening.get("overallRisk").asString()).isEqualTo("CRITICAL");
    }

    private static String adminKey(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
