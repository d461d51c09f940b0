package org.collabscreen.proposal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent single submissions go through group commit: each is stored whole, and audited under its own actor. */
class GroupCommitIntegrationTests extends ApiTest {

    @Test
    void concurrentSubmissionsOfTwoClientsAreEachStoredWithTheirOwnActor() {
        Map<String, Api> clients = Map.of(
                "test key (group-commit-a)", api.withKey(api.createKey("group-commit-a", "SCREENER")),
                "test key (group-commit-b)", api.withKey(api.createKey("group-commit-b", "SCREENER")));
        List<String> actors = List.copyOf(clients.keySet());
        List<CompletableFuture<Api.Response>> submissions;
        ExecutorService requests = Executors.newFixedThreadPool(16);
        try {
            submissions = IntStream.range(0, 64)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> clients.get(actors.get(i % 2))
                                    .post(
                                            "/api/v1/proposals",
                                            json("{'institution': 'Group Commit University "
                                                    + i + "', 'country': 'DE', 'technologyArea': 'soil science', "
                                                    + "'reference': 'GC-" + i + "'}")),
                            requests))
                    .toList();
            CompletableFuture.allOf(submissions.toArray(CompletableFuture[]::new))
                    .join();
        } finally {
            requests.shutdown();
        }

        for (int i = 0; i < submissions.size(); i++) {
            Api.Response created = submissions.get(i).join();
            assertThat(created.status()).isEqualTo(201);
            String id = created.body().get("id").asString();
            JsonNode stored = api.get("/api/v1/proposals/" + id).body();
            assertThat(stored.get("reference").asString()).isEqualTo("GC-" + i);
            assertThat(stored.get("screening").get("id").asString())
                    .isEqualTo(created.body().get("screening").get("id").asString());
            JsonNode audit = api.get("/api/v1/audit-events?subjectType=PROPOSAL&subjectId=" + id)
                    .body();
            assertThat(audit.get("items")).hasSize(1);
            assertThat(audit.get("items").get(0).get("actor").asString()).isEqualTo(actors.get(i % 2));
        }
    }
}
