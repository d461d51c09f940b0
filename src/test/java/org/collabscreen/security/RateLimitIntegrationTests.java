package org.collabscreen.security;

import org.collabscreen.support.Api;
import org.collabscreen.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(
        properties = {
            "collabscreen.security.rate-limit.requests=" + RateLimitIntegrationTests.ALLOWANCE,
            "collabscreen.security.rate-limit.period=1h",
            "collabscreen.security.unauthenticated.requests=" + RateLimitIntegrationTests.UNAUTHORIZED_ALLOWANCE,
            "collabscreen.security.unauthenticated.period=1h",
            // As behind a proxy: each test below that guesses keys does so from an address of its own.
            "server.forward-headers-strategy=native"
        })
class RateLimitIntegrationTests extends ApiTest {

    /** Requests per hour of every key, the tests' ADMIN key included, which these tests use five times in all. */
    static final int ALLOWANCE = 8;

    /** Answers 401 per hour for each client address. */
    static final int UNAUTHORIZED_ALLOWANCE = 3;

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

    @Test
    void addressPastItsUnauthorizedAllowanceGetsTooManyRequestsInsteadOfAKeyLookupWhileOtherAddressesGoOn() {
        Api guesser = fromAddress("203.0.113.41").withKey("cs_live_guessed_key_0000000000000000000000000000");
        for (int i = 0; i < UNAUTHORIZED_ALLOWANCE; i++) {
            assertThat(guesser.get("/api/v1/rulebook").status()).isEqualTo(401);
        }

        Api.Response throttled = guesser.get("/api/v1/rulebook");

        assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.body().get("type").asString()).isEqualTo("/problems/too-many-requests");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(fromAddress("203.0.113.42")
                        .withKey("cs_live_guessed_key_0000000000000000000000000000")
                        .get("/api/v1/rulebook")
                        .status())
                .isEqualTo(401);
    }

    /** Calls as a client at the address, behind a proxy that says so in {@code X-Forwarded-For}. */
    private Api fromAddress(String address) {
        return new Api(api.client()
                .mutate()
                .defaultHeaders(headers -> headers.set("X-Forwarded-For", address))
                .build());
    }

    private static String batchOf(int items, String item) {
        return json("{'proposals': [" + String.join(", ", java.util.Collections.nCopies(items, item)) + "]}");
    }
}
