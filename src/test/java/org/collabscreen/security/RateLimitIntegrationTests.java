package org.collabscreen.security;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(
        properties = {
            "collabscreen.security.rate-limit.requests=" + RateLimitIntegrationTests.ALLOWANCE,
            "collabscreen.security.rate-limit.period=1h"
        })
class RateLimitIntegrationTests extends ApiTest {

    /** Requests per hour of every key, the tests' ADMIN key included, which these tests use five times in all. */
    static final int ALLOWANCE = 8;

    @Test
    void keyPastItsAllowanceGetsTooManyRequestsWithRetryAfterWhileOtherKeysGoOn() {
        Api screener = api.withKey(api.createKey("limited", "SCREENER"));
        for (int i = 0; i < ALLOWANCE; i++) {
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

    @Test
    void batchCostsOneTokenPerItem() {
        Api screener = api.withKey(api.createKey("batching", "SCREENER"));
        String item =
                "{'institution': 'University of Cambridge', 'country': 'GB', 'technologyArea': 'river pollution'}";

        Api.Response batch = screener.post("/api/v1/proposals/batch", batchOf(ALLOWANCE, item));

        assertThat(batch.status()).isEqualTo(200);
        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(429);
    }

    @Test
    void batchBeyondTheRemainingAllowanceIsRefusedBeforeAnyItemIsStored() {
        Api screener = api.withKey(api.createKey("overspending", "SCREENER"));
        assertThat(screener.get("/api/v1/rulebook").status()).isEqualTo(200);
        String item = "{'institution': 'University of Cambridge', 'country': 'GB', 'technologyArea': 'river pollution',"
                + " 'reference': 'overspent'}";

        Api.Response batch = screener.post("/api/v1/proposals/batch", batchOf(ALLOWANCE, item));

        assertThat(batch.status()).isEqualTo(429);
        assertThat(batch.contentType()).startsWith("application/problem+json");
        assertThat(batch.header("Retry-After")).isNotBlank();
        assertThat(batch.header("X-CollabScreen-Highest-Risk")).isNull();
        assertThat(api.get("/api/v1/proposals?q=overspent").body().get("items")).isEmpty();
    }

    private static String batchOf(int items, String item) {
        return json("{'proposals': [" + String.join(", ", java.util.Collections.nCopies(items, item)) + "]}");
    }
}
