package org.collabscreen.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ExplorerIntegrationTests extends ApiTest {

    @Test
    void healthReportsTheDatabase() {
        JsonNode health = api.get("/actuator/health").body();

        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    /** Through the JDK's client, which never follows redirects, so the documented address is seen to redirect. */
    @Test
    void swaggerUiLoads() throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        HttpResponse<String> redirect = browser.send(
                HttpRequest.newBuilder(URI.create(serverUrl() + "/swagger-ui.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(302);

        String location = redirect.headers().firstValue("Location").orElseThrow();
        var page = api.get(location);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui");
    }

    @Test
    void apiDescriptionDocumentsOperationsExamplesAndProblems() {
        JsonNode docs = api.get("/v3/api-docs").body();

        JsonNode create = docs.get("paths").get("/api/v1/proposals").get("post");
        assertThat(create.get("requestBody").toString()).contains("Chinese Academy of Sciences");
        assertThat(create.get("responses").get("400").get("content").has("application/problem+json"))
                .isTrue();
        assertThat(docs.get("paths").has("/api/v1/rulebook/institutions/matches"))
                .isTrue();
        assertThat(docs.get("paths").has("/api/v1/proposals/{id}/screenings")).isTrue();
    }

    @Test
    void unknownPathIsNotFoundProblemWithoutInternals() {
        var response = api.get("/api/v1/nothing-here");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("detail").asString()).doesNotContain("static");
    }

    @Test
    void containerErrorsAreProblemsToo() {
        var response = api.get("/error");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void requestsTomcatRejectsAreProblemsToo() {
        var response = api.get("/api/v1/proposals/a%2Fb");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("/problems/bad-request");
    }

    @Test
    void healthHidesDetailsButNamesTheDatabase() {
        JsonNode db = api.get("/actuator/health").body().get("components").get("db");

        assertThat(db.get("status").asString()).isEqualTo("UP");
        assertThat(db.has("details")).isFalse();
    }
}
