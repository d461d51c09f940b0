package org.collabscreen.security;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checked key is remembered: later requests with it need no database round trip, yet a revocation holds at once. The
 * time-to-live is an hour here, so a loaded machine's slow requests cannot outlast it between two steps of a test.
 */
@TestPropertySource(properties = "collabscreen.security.key-cache.ttl=1h")
class ApiKeyCacheIntegrationTests extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aKeyCheckedOnceIsNotLookedUpAgainForTheNextRequests() {
        JsonNode created = api.post("/api/v1/api-keys", json("""
                {'name': 'remembered', 'client': 'cache', 'roles': ['SCREENER']}""")).body();
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
