package org.collabscreen.security;

import java.util.UUID;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ApiKeyIntegrationTests extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RecordedKeyEvents events;

    @Autowired
    private ApiKeyService keys;

    @Test
    void creationAndRevocationArePublishedInTheirTransactionNamingTheActorButNotTheKey() {
        Api.Response created = api.post("/api/v1/api-keys", json("""
                {'name': 'audited', 'client': 'uni-madrid', 'roles': ['AUDITOR']}"""));
        UUID id = UUID.fromString(created.body().get("id").asString());
        api.delete("/api/v1/api-keys/" + id);

        ApiKeyCreated creation = events.all().stream()
                .map(RecordedKeyEvents.Recorded::event)
                .filter(ApiKeyCreated.class::isInstance)
                .map(ApiKeyCreated.class::cast)
                .filter(event -> event.keyId().equals(id))
                .findFirst()
                .orElseThrow();
        ApiKeyRevoked revocation = events.all().stream()
                .map(RecordedKeyEvents.Recorded::event)
                .filter(ApiKeyRevoked.class::isInstance)
                .map(ApiKeyRevoked.class::cast)
                .filter(event -> event.keyId().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(creation.actor()).isEqualTo("bootstrap admin (default)");
        assertThat(creation.client()).isEqualTo("uni-madrid");
        assertThat(creation.roles()).containsExactly(Role.AUDITOR);
        assertThat(creation.toString()).doesNotContain(created.body().get("key").asString());
        assertThat(revocation.actor()).isEqualTo("bootstrap admin (default)");
        assertThat(events.all()).allMatch(RecordedKeyEvents.Recorded::inTransaction);
    }

    @Test
    void bootstrapFindsTheConfiguredKeyAndGeneratesNothingWhileKeysAreActive(@Autowired SecurityProperties properties) {
        assertThat(keys.ensureAdminKey(new ApiKeySecret(properties.adminApiKey())))
                .isEqualTo(ApiKeyService.Bootstrap.EXISTS);
        assertThat(keys.generateFirstAdminKey())
                .isEqualTo(new ApiKeyService.FirstAdminKey(java.util.Optional.empty(), false));
    }

    @Test
    void aRevokedConfiguredKeyStaysRevoked() {
        ApiKeySecret configured = ApiKeySecret.generate();
        assertThat(keys.ensureAdminKey(configured)).isEqualTo(ApiKeyService.Bootstrap.CREATED);
        UUID id = jdbc.queryForObject("select id from api_key where key_hash = ?", UUID.class, configured.hash());
        api.delete("/api/v1/api-keys/" + id);

        assertThat(keys.ensureAdminKey(configured)).isEqualTo(ApiKeyService.Bootstrap.REVOKED);
        assertThat(api.withKey(configured.value()).get("/api/v1/rulebook").status())
                .isEqualTo(401);
    }

    @Test
    void createdKeyIsShownOnceWithItsPrefixAndStoredOnlyAsItsHash() {
        Api.Response created = api.post("/api/v1/api-keys", json("""
                {'name': 'grant portal pipeline', 'client': 'uni-madrid', 'roles': ['SCREENER', 'AUDITOR']}"""));

        assertThat(created.status()).isEqualTo(201);
        String key = created.body().get("key").asString();
        assertThat(key).startsWith("cs_live_").hasSize("cs_live_".length() + 43);
        assertThat(created.body().get("keyPrefix").asString()).isEqualTo(key.substring(0, 12) + "…");
        assertThat(created.body().get("roles").toString()).isEqualTo("[\"SCREENER\",\"AUDITOR\"]");
        String stored = jdbc.queryForObject(
                "select key_hash from api_key where id = ?",
                String.class,
                UUID.fromString(created.body().get("id").asString()));
        assertThat(stored)
                .isNotEqualTo(key)
                .doesNotContain(key.substring("cs_live_".length()))
                .isEqualTo(ApiKeySecret.hash(key))
                .hasSize(64);
        assertThat(jdbc.queryForObject(
                        "select count(*) from api_key where key_hash = ? or key_prefix = ? or name = ?",
                        Long.class,
                        key,
                        key,
                        key))
                .isZero();
    }

    @Test
    void listShowsKeysButNeverTheirValues() {
        String key = api.createKey("listing", "SCREENER");

        Api.Response list = api.get("/api/v1/api-keys");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).doesNotContain(key).contains(key.substring(0, 12) + "…");
        for (JsonNode item : list.body()) {
            assertThat(item.has("key")).isFalse();
            assertThat(item.has("keyPrefix")).isTrue();
        }
    }

    @Test
    void revokedKeyIsRefusedOnTheVeryNextRequest() {
        Api.Response created = api.post("/api/v1/api-keys", json("""
                {'name': 'to revoke', 'client': 'revocation', 'roles': ['SCREENER']}"""));
        Api screener = api.withKey(created.body().get("key").asString());
        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/api-keys/" + created.body().get("id").asString())
                        .status())
                .isEqualTo(204);

        Api.Response refused = screener.get("/api/v1/rulebook");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("detail").asString()).contains("unknown or revoked");
        JsonNode listed = api.get("/api/v1/api-keys").body();
        assertThat(listed.toString()).contains(created.body().get("id").asString());
        assertThat(api.delete("/api/v1/api-keys/" + created.body().get("id").asString())
                        .status())
                .isEqualTo(204);
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        Api.Response response = api.delete("/api/v1/api-keys/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().get("type").asString()).isEqualTo("/problems/not-found");
    }

    @Test
    void missingOrUnknownKeyIsUnauthorizedAndWrongRoleForbiddenAsProblems() {
        Api.Response none = api.withoutKey().get("/api/v1/proposals");
        Api.Response unknown = api.withKey("cs_live_" + "x".repeat(43)).get("/api/v1/proposals");
        Api.Response forbidden =
                api.withKey(api.createKey("editors", "RULEBOOK_EDITOR")).get("/api/v1/proposals");

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.body().get("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(none.body().get("detail").asString()).contains("X-API-Key");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body().get("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        assertThat(forbidden.body().get("type").asString()).isEqualTo("/problems/forbidden");
    }

    @Test
    void invalidKeyRequestNamesTheField() {
        Api.Response badRole = api.post("/api/v1/api-keys", json("""
                {'name': 'x', 'client': 'c', 'roles': ['SUPERUSER']}"""));
        Api.Response noRoles = api.post("/api/v1/api-keys", json("""
                {'name': 'x', 'client': 'c', 'roles': []}"""));
        Api.Response badClient = api.post("/api/v1/api-keys", json("""
                {'name': 'x', 'client': 'a client', 'roles': ['ADMIN']}"""));

        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().get("errors").get(0).get("field").asString()).startsWith("roles");
        assertThat(noRoles.status()).isEqualTo(400);
        assertThat(noRoles.body().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        assertThat(badClient.status()).isEqualTo(400);
        assertThat(badClient.body().get("errors").get(0).get("field").asString())
                .isEqualTo("client");
    }

    @Test
    void keysNeverReachTheLog(CapturedOutput output) {
        JsonNode created = api.post("/api/v1/api-keys", json("""
                {'name': 'logging', 'client': 'logging', 'roles': ['SCREENER']}""")).body();
        String key = created.get("key").asString();
        Api screener = api.withKey(key);
        screener.get("/api/v1/rulebook");
        screener.get("/api/v1/api-keys");
        screener.post("/api/v1/proposals", "{not json");
        api.delete("/api/v1/api-keys/" + created.get("id").asString());
        screener.get("/api/v1/rulebook");

        assertThat(output.getAll()).doesNotContain(key).doesNotContain(key.substring("cs_live_".length()));
    }

    @Test
    void securityHeadersAreOnEveryResponseIncludingErrors() {
        for (Api.Response response : new Api.Response[] {
            api.get("/api/v1/rulebook"),
            api.get("/api/v1/nothing-here"),
            api.withoutKey().get("/api/v1/rulebook"),
            api.get("/api/v1/proposals?size=0"),
            api.withoutKey().get("/actuator/health")
        }) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Cache-Control")).contains("no-store");
            assertThat(response.header("Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        }
        assertThat(api.withoutKey().get("/swagger-ui/index.html").header("Content-Security-Policy"))
                .startsWith("default-src 'self'");
    }
}
