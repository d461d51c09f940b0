package org.collabscreen.webhook;

import java.time.Duration;
import java.util.UUID;

import org.collabscreen.CollabScreenApplication;
import org.collabscreen.support.Api;
import org.collabscreen.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** An event written by one application run is delivered by the next: the outbox lives in the database. */
class WebhookRestartIntegrationTests {

    @Test
    void deliversAnEventRecordedBeforeARestart() throws Exception {
        String[] database = TestDatabases.asArguments(TestDatabases.fresh());
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret;
            String proposalId;
            try (ConfigurableApplicationContext first = start(database, false)) {
                Api api = api(first);
                secret = api.post(
                                "/api/v1/webhooks",
                                "{\"url\":\"" + receiver.url() + "\",\"events\":[\"SCREENING_RISK_CHANGED\"]}")
                        .body()
                        .get("secret")
                        .asString();
                proposalId = RiskChanges.proposalWhoseRiskWillChange(
                        api, first.getBean(JdbcClient.class), "RESTART-" + UUID.randomUUID());
                assertThat(api.post("/api/v1/proposals/" + proposalId + "/screenings", "")
                                .status())
                        .isEqualTo(201);
            }
            assertThat(receiver.received())
                    .as("nothing sent before the restart")
                    .isEmpty();

            try (ConfigurableApplicationContext second = start(database, true)) {
                WebhookReceiver.Received delivered =
                        receiver.awaitRequests(1, Duration.ofSeconds(20)).get(0);
                assertThat(delivered.body()).contains(proposalId, "\"newOverallRisk\":\"CRITICAL\"");
                assertThat(RiskChanges.signatureIsValid(secret, delivered)).isTrue();
            }
        }
    }

    /** Runs the application against the database, which outlives it. */
    private static ConfigurableApplicationContext start(String[] database, boolean deliver) {
        return new SpringApplicationBuilder(CollabScreenApplication.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "collabscreen.webhooks.poll-interval=100ms",
                        "collabscreen.webhooks.delivery-enabled=" + deliver)
                .run(database);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return Api.onPort(
                Integer.parseInt(context.getEnvironment().getProperty("local.server.port")),
                context.getEnvironment().getRequiredProperty("collabscreen.security.admin-api-key"));
    }
}
