package org.collabscreen.security;

import java.time.Duration;
import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A checked key is remembered: later requests with it need no database round trip, yet a revocation holds at once. The
 * time-to-live is an hour here, so a loaded machine's slow requests cannot outlast it between two steps of a test.
 */
@TestPropertySource(properties = "collabscreen.security.key-cache.ttl=1h")
class ApiKeyCacheIntegrationTests extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aKeyCheckedOnceIsNotLookedUpAgainForTheNextRequests(@Autowired ApiKeyChangeListener listener) {
        JsonNode created = api.post("/api/v1/api-keys", json("""
                {'name': 'remembered', 'client': 'cache', 'roles': ['SCREENER']}""")).body();
        // The creation's own announcement makes every instance forget the key. Wait until it has arrived, or it could
        // come after the first check and empty the cache this test is about: notifications arrive in commit order, so
        // once a marker sent after the creation is in, so is the creation's.
        String marker = "marker-" + UUID.randomUUID();
        jdbc.queryForObject("select pg_notify(?, ?)::text", String.class, ApiKeyChanges.CHANNEL, marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> marker.equals(listener.lastReceived()));
        Api screener = api.withKey(created.get("key").asString());
        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);

        // Changed behind the application's back: no notification, so only a database lookup could see it.
        jdbc.update(
                "update api_key set revoked_at = now() where id = ?::uuid",
                created.get("id").asString());

        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);
    }

    @Test
    void aKeyRevokedThroughTheApiIsRefusedOnTheNextRequestAlthoughItWasRemembered() {
        JsonNode created = api.post("/api/v1/api-keys", json("""
                {'name': 'revoked while remembered', 'client': 'cache', 'roles': ['SCREENER']}""")).body();
        Api screener = api.withKey(created.get("key").asString());
        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);
        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/api-keys/" + created.get("id").asString())
                        .status())
                .isEqualTo(204);

        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(401);
    }

    @Test
    void anUnknownKeyRememberedAsUnknownIsAcceptedOnceCreatedWithThatValue(@Autowired ApiKeyService keys) {
        ApiKeySecret secret = ApiKeySecret.generate();
        Api caller = api.withKey(secret.value());
        assertThat(caller.get("/api/v1/rulebook").status()).isEqualTo(401);

        keys.ensureAdminKey(secret);

        assertThat(caller.get("/api/v1/rulebook").status()).isEqualTo(200);
    }
}
