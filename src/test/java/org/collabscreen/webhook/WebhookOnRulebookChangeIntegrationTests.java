package org.collabscreen.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.collabscreen.support.Editing;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A rulebook change that raises a stored proposal's risk reaches a webhook through the change-impact re-screen. */
class WebhookOnRulebookChangeIntegrationTests extends ApiTest {

    @Test
    void notifiesWhenANewlyListedProgrammeRaisesAStoredProposal() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String secret = api.post(
                            "/api/v1/webhooks",
                            json("{'url':'" + receiver.url() + "','events':['SCREENING_RISK_CHANGED']}"))
                    .body()
                    .get("secret")
                    .asString();
            String programme =
                    "Velmora Talent Plan " + UUID.randomUUID().toString().substring(0, 6);
            String proposalId = api.post("/api/v1/proposals", json("""
                    {'institution': 'Universidad de Zaragoza', 'country': 'ES', 'technologyArea': 'semiconductor lithography',
                     'reference': 'WR-1', 'researchers': [{'name': 'R. Researcher', 'talentProgrammes': ['%s']}]}""".formatted(programme)))
                    .body()
                    .get("id")
                    .asString();

            Api.Response listed = api.post("/api/v1/rulebook/talent-programmes", json("""
                    {'code': 'VELMORA_TP', 'name': '%s', 'country': 'CN', 'source': {'name': 'Test edition'}}""".formatted(programme)));
            int revision = Integer.parseInt(listed.header("ETag").replace("\"", ""));
            new Editing(api).awaitImpact(revision);

            WebhookReceiver.Received event = awaitEventFor(receiver, proposalId);
            assertThat(RiskChanges.signatureIsValid(secret, event)).isTrue();
            JsonNode data = JsonMapper.builder().build().readTree(event.body()).get("data");
            assertThat(data.get("previousOverallRisk").asString()).isEqualTo("MEDIUM");
            assertThat(data.get("newOverallRisk").asString()).isEqualTo("CRITICAL");
            assertThat(data.get("rulebookRevision").asInt()).isEqualTo(revision);
        }
    }

    /** Other tests' proposals may change too; waits for the event about this one. */
    private static WebhookReceiver.Received awaitEventFor(WebhookReceiver receiver, String proposalId) {
        return await("a webhook event for proposal " + proposalId)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> receiver.received().stream()
                                .filter(received -> received.body().contains(proposalId))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
