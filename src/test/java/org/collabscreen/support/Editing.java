package org.collabscreen.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/** Rule-editing requests with the conditional headers the rulebook API requires, and what they lead to. */
public final class Editing {

    private final Api api;

    public Editing(Api api) {
        this.api = api;
    }

    public Api.Response put(String path, String ifMatch, String body) {
        RestTestClient.RequestBodySpec request = api.client().put().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return Api.exchange(request.body(body.getBytes(StandardCharsets.UTF_8)));
    }

    public Api.Response delete(String path, String ifMatch) {
        RestTestClient.RequestHeadersSpec<?> request = api.client().delete().uri(path);
        return Api.exchange(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    /** The newest committed revision, read from the revision history rather than from a cached snapshot. */
    public int currentRevision() {
        return api.get("/api/v1/rulebook/revisions?size=1")
                .body()
                .get("items")
                .get(0)
                .get("revision")
                .asInt();
    }

    /** The change impact of a revision once its background job is done; fails after 15 s. */
    public JsonNode awaitImpact(int revision) {
        return await("the change impact of revision " + revision)
                .atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> api.get("/api/v1/rulebook/revisions/" + revision + "/impact"),
                        impact -> impact.status() == 200
                                && "DONE".equals(impact.body().get("status").asString()))
                .body();
    }
}
