package org.collabscreen.proposal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyIntegrationTests extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void returnsSameProposalForRepeatedIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String reference = "I-" + key;
        String body = proposal(reference, "robotics");

        Api.Response first = post("/api/v1/proposals", key, body);
        Api.Response retried = post("/api/v1/proposals", key, body.replace(",", ", "));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(api.get("/api/v1/proposals?reference=" + reference)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isOne();
    }

    @Test
    void refusesAReusedKeyWithADifferentBody() {
        String key = UUID.randomUUID().toString();
        post("/api/v1/proposals", key, proposal("I-" + key, "robotics"));

        Api.Response reused = post("/api/v1/proposals", key, proposal("I-" + key, "quantum sensing"));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.body().get("type").asString()).isEqualTo("/problems/idempotency-key-reused");
        Api.Response otherEndpoint =
                post("/api/v1/proposals/batch", key, "{\"proposals\":[" + proposal("I-" + key, "robotics") + "]}");
        assertThat(otherEndpoint.status()).isEqualTo(422);
    }

    @Test
    void createsOneProposalForConcurrentRequestsWithOneKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String reference = "I-" + key;
        String body = proposal(reference, "semiconductor lithography");
        int clients = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Api.Response> call = () -> {
                    start.await();
                    return post("/api/v1/proposals", key, body);
                };
                responses.add(pool.submit(call));
            }
            start.countDown();
            List<Api.Response> done = new ArrayList<>();
            for (Future<Api.Response> response : responses) {
                done.add(response.get());
            }

            assertThat(done)
                    .allSatisfy(response -> assertThat(response.status()).isEqualTo(201));
            assertThat(done.stream()
                            .map(response -> response.body().get("id").asString())
                            .distinct())
                    .hasSize(1);
            assertThat(done.stream().filter(response -> response.header("Idempotent-Replayed") == null))
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get("/api/v1/proposals?reference=" + reference)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isOne();
    }

    @Test
    void keepsEachClientsKeysApart() {
        String key = UUID.randomUUID().toString();
        Api madrid = api.withKey(api.createKey("uni-madrid-" + key, "SCREENER"));
        Api sevilla = api.withKey(api.createKey("uni-sevilla-" + key, "SCREENER"));

        Api.Response fromMadrid = post(madrid, "/api/v1/proposals", key, proposal("I-" + key, "robotics"));
        Api.Response fromSevilla = post(sevilla, "/api/v1/proposals", key, proposal("I-" + key, "quantum sensing"));

        assertThat(fromSevilla.status()).isEqualTo(201);
        assertThat(fromSevilla.header("Idempotent-Replayed")).isNull();
        assertThat(fromSevilla.body().get("id").asString())
                .isNotEqualTo(fromMadrid.body().get("id").asString());
        assertThat(post(madrid, "/api/v1/proposals", key, proposal("I-" + key, "robotics"))
                        .header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    @Test
    void replaysABatch() {
        String key = UUID.randomUUID().toString();
        String body = "{\"proposals\":[" + proposal("I-" + key, "robotics") + "]}";

        Api.Response first = post("/api/v1/proposals/batch", key, body);
        Api.Response retried = post("/api/v1/proposals/batch", key, body);

        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.header("X-CollabScreen-Highest-Risk"))
                .isEqualTo(first.header("X-CollabScreen-Highest-Risk"));
        assertThat(retried.body()).isEqualTo(first.body());
        assertThat(api.get("/api/v1/proposals?reference=I-" + key)
                        .body()
                        .get("totalItems")
                        .asInt())
                .isOne();
    }

    @Test
    void treatsAKeyOlderThanTheRetentionAsNew() {
        String key = UUID.randomUUID().toString();
        String first = post("/api/v1/proposals", key, proposal("I-" + key, "robotics"))
                .body()
                .get("id")
                .asString();
        jdbc.sql("update idempotency_key set created_at = now() - interval '25 hours' where idempotency_key = ?")
                .param(key)
                .update();

        Api.Response reused = post("/api/v1/proposals", key, proposal("I-" + key, "quantum sensing"));

        assertThat(reused.status()).isEqualTo(201);
        assertThat(reused.header("Idempotent-Replayed")).isNull();
        assertThat(reused.body().get("id").asString()).isNotEqualTo(first);
        assertThat(post("/api/v1/proposals", key, proposal("I-" + key, "quantum sensing"))
                        .header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    @Test
    void rejectsMalformedKeysNamingTheHeader() {
        for (String key : List.of("x".repeat(256), "has space", "ü-key")) {
            Api.Response response = post("/api/v1/proposals", key, proposal("I-bad", "robotics"));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asString())
                    .isEqualTo("Idempotency-Key");
        }
    }

    private Api.Response post(String path, String key, String body) {
        return post(api, path, key, body);
    }

    private static Api.Response post(Api caller, String path, String key, String body) {
        return Api.exchange(caller.client()
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .body(body));
    }

    private static String proposal(String reference, String technologyArea) {
        return json("{'institution':'Harbin Institute of Technology','country':'CN','technologyArea':'" + technologyArea
                + "','reference':'" + reference + "'}");
    }
}
