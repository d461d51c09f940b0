package org.collabscreen.security;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The test profile allows the origin https://compliance.example.org and no other. */
class CorsIntegrationTests extends ApiTest {

    private static final String ALLOWED = "https://compliance.example.org";

    @Test
    void preflightFromAConfiguredOriginIsAllowedWithoutAKey() {
        Api.Response preflight = preflight(ALLOWED);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("x-api-key");
    }

    @Test
    void preflightFromAnyOtherOriginIsRefused() {
        Api.Response preflight = preflight("https://attacker.example.net");

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.contentType()).startsWith("application/problem+json");
        assertThat(preflight.body().get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(preflight.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void requestsFromTheConfiguredOriginMayReadTheResponse() {
        Api.Response response =
                Api.exchange(api.client().get().uri("/api/v1/rulebook").header("Origin", ALLOWED));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    }

    @Test
    void aBrowserAppMayEditRulesWithTheEtagItRead() {
        Api.Response preflight = Api.exchange(api.withoutKey()
                .client()
                .options()
                .uri("/api/v1/rulebook/countries/BY")
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "x-api-key, content-type, if-match"));
        Api.Response read = Api.exchange(
                api.client().get().uri("/api/v1/rulebook/scoring-policy").header("Origin", ALLOWED));

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("if-match");
        assertThat(read.header("Access-Control-Expose-Headers")).containsIgnoringCase("ETag");
    }

    @Test
    void noOriginIsAllowedByDefault() {
        SecurityProperties defaults = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("collabscreen.security", SecurityProperties.class);
        MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/v1/proposals");

        assertThat(defaults.cors().allowedOrigins()).isEmpty();
        assertThat(SecurityConfiguration.cors(defaults.cors())
                        .getCorsConfiguration(request)
                        .checkOrigin(ALLOWED))
                .isNull();
    }

    private Api.Response preflight(String origin) {
        return Api.exchange(api.withoutKey()
                .client()
                .options()
                .uri("/api/v1/proposals")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key, content-type"));
    }
}
