package org.collabscreen.webhook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** An event written by one application run is delivered by the next: the outbox lives in the database. */
class WebhookRestartIntegrationTests {

    @Test
    void deliversAnEventRecordedBeforeARestart() throws Exception {
        Path directory = Path.of("target", "embedded-postgres-test", "restart-" + UUID.randomUUID());
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret;
            String proposalId;
            try (ConfigurableApplicationContext first = start(directory, false)) {
                Api api = api(first);
                secret = api.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url()
                        + "\",\"events\":[\"SCREENING_RISK_CHANGED\"]}").body().get("secret").asString();
                proposalId = RiskChanges.proposalWhoseRiskWillChange(api, first.getBean(JdbcClient.class),
                        "RESTART-" + UUID.randomUUID());
                assertThat(api.post("/api/v1/proposals/" + proposalId + "/screenings", "").status()).isEqualTo(201);
            }
            assertThat(receiver.received()).as("nothing sent before the restart").isEmpty();

            try (ConfigurableApplicationContext second = start(directory, true)) {
                WebhookReceiver.Received delivered = receiver.awaitRequests(1, Duration.ofSeconds(20)).get(0);
                assertThat(delivered.body()).contains(proposalId, "\"newOverallRisk\":\"CRITICAL\"");
                assertThat(RiskChanges.signatureIsValid(secret, delivered)).isTrue();
            }
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    /** Runs the application against the database in {@code directory}, or at TEST_DATABASE_URL when set. */
    private static ConfigurableApplicationContext start(Path directory, boolean deliver) {
        List<String> properties = new ArrayList<>(List.of("server.port=0", "collabscreen.webhooks.poll-interval=100ms",
                "collabscreen.webhooks.delivery-enabled=" + deliver));
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            properties.addAll(List.of("spring.datasource.url=" + url,
                    "spring.datasource.username=" + System.getenv().getOrDefault("TEST_DATABASE_USERNAME", "postgres"),
                    "spring.datasource.password=" + System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "")));
        } else {
            properties.add("collabscreen.embedded-database.directory=" + directory);
        }
        return new SpringApplicationBuilder(CollabScreenApplication.class).profiles("test")
                .properties(properties.toArray(String[]::new)).run();
    }

    private static Api api(ConfigurableApplicationContext context) {
        return Api.onPort(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")),
                context.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key"));
    }
}
