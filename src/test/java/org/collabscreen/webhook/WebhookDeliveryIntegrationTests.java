package org.collabscreen.webhook;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A re-screen that changes a proposal's risk reaches a registered webhook, signed, and is retried until accepted. */
class WebhookDeliveryIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deliversASignedEventWhenARescreenChangesTheRiskAndRetriesAfterAFailure() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(500)) {
            Api.Response webhook = api.post(
                    "/api/v1/webhooks", json("{'url':'" + receiver.url() + "','events':['SCREENING_RISK_CHANGED']}"));
            String webhookId = webhook.body().get("id").asString();
            String secret = webhook.body().get("secret").asString();
            String reference = "W-" + UUID.randomUUID();
            String proposalId = RiskChanges.proposalWhoseRiskWillChange(api, jdbc, reference);

            Api.Response rescreen = api.post("/api/v1/proposals/" + proposalId + "/screenings", "");
            assertThat(rescreen.body().get("overallRisk").asString()).isEqualTo("CRITICAL");

            List<WebhookReceiver.Received> requests = receiver.awaitRequests(2, Duration.ofSeconds(20));
            WebhookReceiver.Received failed = requests.get(0);
            WebhookReceiver.Received delivered = requests.get(1);
            assertThat(delivered.body()).isEqualTo(failed.body());
            assertThat(delivered.header("X-CollabScreen-Delivery")).isEqualTo(failed.header("X-CollabScreen-Delivery"));
            assertThat(delivered.header("X-CollabScreen-Event")).isEqualTo("SCREENING_RISK_CHANGED");
            assertThat(RiskChanges.signatureIsValid(secret, delivered)).isTrue();
            assertThat(RiskChanges.signatureIsValid("whsec_wrong", delivered)).isFalse();

            JsonNode event = JsonMapper.builder().build().readTree(delivered.body());
            assertThat(event.get("type").asString()).isEqualTo("SCREENING_RISK_CHANGED");
            JsonNode data = event.get("data");
            assertThat(data.get("proposalId").asString()).isEqualTo(proposalId);
            assertThat(data.get("reference").asString()).isEqualTo(reference);
            assertThat(data.get("client").asString()).isEqualTo("default");
            assertThat(data.get("previousOverallRisk").asString()).isEqualTo("LOW");
            assertThat(data.get("newOverallRisk").asString()).isEqualTo("CRITICAL");
            assertThat(data.get("screeningId").asString())
                    .isEqualTo(rescreen.body().get("id").asString());
            assertThat(data.get("rulebookRevision").asInt())
                    .isEqualTo(rescreen.body().get("rulebookRevision").asInt());

            JsonNode log = awaitDelivered(webhookId);
            assertThat(log.get("attempts").asInt()).isEqualTo(2);
            assertThat(log.get("lastStatusCode").asInt()).isEqualTo(204);
            assertThat(log.get("eventId").asString()).isEqualTo(event.get("id").asString());

            api.post("/api/v1/proposals/" + proposalId + "/screenings", "");
            await("no event when the risk stays the same")
                    .during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> receiver.received().size(), size -> size == 2);
        }
    }

    private JsonNode awaitDelivered(String webhookId) {
        return await("delivery marked DELIVERED")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api.get("/api/v1/webhooks/" + webhookId + "/deliveries")
                                .body(),
                        deliveries -> deliveries.size() == 1
                                && deliveries.get(0).get("status").asString().equals("DELIVERED"))
                .get(0);
    }
}
