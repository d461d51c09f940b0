package org.collabscreen.webhook;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Webhooks cannot reach internal addresses, belong to their client, are audited, and a slow one delays no other. */
class WebhookSafetyIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://169.254.169.254/latest/meta-data",
                "https://10.1.2.3/hook",
                "https://[fd00:ec2::254]/hook",
                "https://100.64.0.1/hook",
                "https://192.168.0.10/hook"
            })
    void refusesInternalTargetsWith400NamingTheField(String url) {
        Api.Response response =
                api.post("/api/v1/webhooks", json("{'url':'" + url + "','events':['SCREENING_RISK_CHANGED']}"));
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("url");
    }

    @Test
    void auditsRegistrationAndRemoval() {
        String id = register(api, "http://127.0.0.1:9/audited?token=secret-token")
                .get("id")
                .asString();
        assertThat(api.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);

        // audit_event shows the sealed chain; the sealer gives each event its place a fraction of a second later.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select action from audit_event where subject_type = 'WEBHOOK' and subject_id = ? order by seq")
                                .param(id)
                                .query(String.class)
                                .list())
                        .containsExactly("WEBHOOK_REGISTERED", "WEBHOOK_REMOVED"));
        assertThat(jdbc.sql(
                                "select cast(after as text) from audit_event where subject_id = ? and action = 'WEBHOOK_REGISTERED'")
                        .param(id)
                        .query(String.class)
                        .single())
                .contains("http://127.0.0.1:9/audited")
                .doesNotContain("secret-token");
    }

    @Test
    void aWebhookReceivesOnlyItsOwnClientsEvents() {
        String client = "webhook-client-" + UUID.randomUUID().toString().substring(0, 8);
        Api other = api.withKey(api.createKey(client, "ADMIN"));
        String ownWebhook = register(other, "http://127.0.0.1:9/own").get("id").asString();
        String everyClient = register(other, "http://127.0.0.1:9/every", ",'allClients':true")
                .get("id")
                .asString();

        String ownProposal = RiskChanges.proposalWhoseRiskWillChange(other, jdbc, "OWN-" + UUID.randomUUID());
        String defaultProposal = RiskChanges.proposalWhoseRiskWillChange(api, jdbc, "DEFAULT-" + UUID.randomUUID());
        assertThat(other.post("/api/v1/proposals/" + ownProposal + "/screenings", "")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/proposals/" + defaultProposal + "/screenings", "")
                        .status())
                .isEqualTo(201);

        assertThat(proposalsDeliveredTo(ownWebhook)).containsExactly(ownProposal);
        assertThat(proposalsDeliveredTo(everyClient)).contains(ownProposal, defaultProposal);
        assertThat(api.withKey(api.createKey(client + "-screener", "SCREENER"))
                        .get("/api/v1/webhooks")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/webhooks").body().findValuesAsString("id")).contains(ownWebhook);
    }

    @Test
    void aSlowReceiverDelaysNoOtherReceiver() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger slowRequests = new AtomicInteger();
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/slow", exchange -> {
            slowRequests.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try (WebhookReceiver fast = new WebhookReceiver()) {
            String slowWebhook = register(
                            api, "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow")
                    .get("id")
                    .asString();
            register(api, fast.url());
            String fastProposal = RiskChanges.proposalWhoseRiskWillChange(api, jdbc, "FAST-" + UUID.randomUUID());
            // A backlog for the slow receiver, due before anything else: a sender taking deliveries in turn would
            // spend a timeout on each of them before reaching the fast receiver.
            jdbc.sql("""
                            insert into webhook_delivery (id, subscription_id, event_id, event_type, payload, status,
                                                          attempts, created_at, next_attempt_at)
                            select gen_random_uuid(), cast(? as uuid), gen_random_uuid(), 'SCREENING_RISK_CHANGED', '{}',
                                   'PENDING', 0, now(), now() - interval '1 minute'
                            from generate_series(1, 4)""").param(slowWebhook).update();
            assertThat(api.post("/api/v1/proposals/" + fastProposal + "/screenings", "")
                            .status())
                    .isEqualTo(201);

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> fast.received().stream().anyMatch(r -> r.body().contains(fastProposal)));
            assertThat(attemptsRecorded(slowWebhook))
                    .as("no attempt at the slow receiver had ended when the fast one was served")
                    .isZero();
            assertThat(slowRequests.get())
                    .as("requests open at the slow receiver")
                    .isLessThanOrEqualTo(2);
        } finally {
            release.countDown();
            slow.stop(0);
        }
    }

    private String rescreenChangingRisk(String reference) {
        String id = RiskChanges.proposalWhoseRiskWillChange(api, jdbc, reference + "-" + UUID.randomUUID());
        assertThat(api.post("/api/v1/proposals/" + id + "/screenings", "").status())
                .isEqualTo(201);
        return id;
    }

    private int attemptsRecorded(String webhookId) {
        return jdbc.sql(
                        "select coalesce(sum(attempts), 0) from webhook_delivery where subscription_id = cast(? as uuid)")
                .param(webhookId)
                .query(Integer.class)
                .single();
    }

    private java.util.List<String> proposalsDeliveredTo(String webhookId) {
        return jdbc.sql("""
                        select payload::jsonb -> 'data' ->> 'proposalId' from webhook_delivery
                        where subscription_id = cast(? as uuid) order by created_at""").param(webhookId).query(String.class).list();
    }

    private static JsonNode register(Api api, String url) {
        return register(api, url, "");
    }

    private static JsonNode register(Api api, String url, String more) {
        Api.Response created = api.post(
                "/api/v1/webhooks", json("{'url':'" + url + "','events':['SCREENING_RISK_CHANGED']" + more + "}"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body();
    }
}
