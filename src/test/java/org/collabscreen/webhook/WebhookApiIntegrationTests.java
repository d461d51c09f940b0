package org.collabscreen.webhook;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookApiIntegrationTests extends ApiTest {

    @Test
    void showsTheSecretOnlyWhenTheWebhookIsCreated() {
        Api.Response created = api.post(
                "/api/v1/webhooks", json("{'url':'http://localhost:1/hooks/a','events':['SCREENING_RISK_CHANGED']}"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + id);
        assertThat(created.body().get("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(created.body().get("events").get(0).asString()).isEqualTo("SCREENING_RISK_CHANGED");

        Api.Response fetched = api.get("/api/v1/webhooks/" + id);
        assertThat(fetched.body().get("url").asString()).isEqualTo("http://localhost:1/hooks/a");
        assertThat(fetched.body().has("secret")).isFalse();
        assertThat(api.get("/api/v1/webhooks")
                        .body()
                        .valueStream()
                        .filter(webhook -> webhook.get("id").asString().equals(id)))
                .singleElement()
                .satisfies(webhook -> assertThat(webhook.has("secret")).isFalse());
        assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries").body()).isEmpty();

        assertThat(api.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
    }

    @Test
    void rejectsUrlsThatAreNotPlainHttpOrHttps() {
        for (String url : new String[] {
            "ftp://example.org/hook",
            "file:///etc/passwd",
            "https://user:pw@example.org/hook",
            "https://token@example.org/hook",
            "/relative/hook",
            "http://",
            "not a url",
            "javascript:alert(1)",
            "http://example.org:99999/hook",
            "http://example.org:0/hook"
        }) {
            Api.Response response =
                    api.post("/api/v1/webhooks", json("{'url':'" + url + "','events':['SCREENING_RISK_CHANGED']}"));
            assertThat(response.status()).as(url).isEqualTo(400);
            assertThat(response.body().get("errors").get(0).get("field").asString())
                    .as(url)
                    .isEqualTo("url");
        }
    }

    @Test
    void rejectsMissingOrUnknownEvents() {
        assertThat(api.post("/api/v1/webhooks", json("{'url':'https://example.org/hook','events':[]}"))
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("events");
        assertThat(api.post("/api/v1/webhooks", json("{'url':'https://example.org/hook','events':['SOMETHING']}"))
                        .body()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .startsWith("events");
    }
}
