package org.collabscreen.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

/** Rule-editing requests with the conditional headers the rulebook API requires, and what they lead to. */
public final class Editing {

    private final Api api;

    public Editing(Api api) {
        this.api = api;
    }

    public Api.Response put(String path, String ifMatch, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return api.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    public Api.Response delete(String path, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).DELETE();
        return api.send(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    /** The newest committed revision, read from the revision history rather than from a cached snapshot. */
    public int currentRevision() {
        return api.get("/api/v1/rulebook/revisions?size=1").body().get("items").get(0).get("revision").asInt();
    }

    /** The change impact of a revision once its background job is done; fails after 15 s. */
    public JsonNode awaitImpact(int revision) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            Api.Response impact = api.get("/api/v1/rulebook/revisions/" + revision + "/impact");
            if (impact.status() == 200 && "DONE".equals(impact.body().get("status").asString())) {
                return impact.body();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the change impact of revision " + revision + " was not done within 15 s");
    }
}
