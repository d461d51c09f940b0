package org.collabscreen.security;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(
        properties = {"collabscreen.security.rate-limit.requests=3", "collabscreen.security.rate-limit.period=1h"})
class RateLimitIntegrationTests extends ApiTest {

    @Test
    void keyPastItsAllowanceGetsTooManyRequestsWithRetryAfterWhileOtherKeysGoOn() {
        Api screener = api.withKey(api.createKey("limited", "SCREENER"));
        for (int i = 0; i < 3; i++) {
            assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);
        }

        Api.Response limited = screener.get("/api/v1/rulebook");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.body().get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 1200L);
        assertThat(limited.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/api/v1/rulebook").status()).isEqualTo(200);
    }
}
