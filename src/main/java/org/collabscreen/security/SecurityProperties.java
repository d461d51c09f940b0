package org.collabscreen.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Security settings.
 *
 * @param adminApiKey an ADMIN key that must exist (from {@code COLLABSCREEN_ADMIN_API_KEY}); unset: none
 * @param rateLimit   requests allowed per API key
 * @param unauthenticated requests answered 401 allowed per client address
 * @param cors        browser origins allowed to call the API
 */
@Validated
@ConfigurationProperties("collabscreen.security")
record SecurityProperties(
        String adminApiKey,
        @Valid @DefaultValue RateLimit rateLimit,
        @Valid @DefaultValue Unauthenticated unauthenticated,
        @DefaultValue Cors cors) {

    static final int MIN_ADMIN_API_KEY_LENGTH = 32;

    /** Checked here, not by bean validation, whose start-up report would print the rejected value: a secret. */
    SecurityProperties {
        adminApiKey = adminApiKey == null || adminApiKey.isBlank() ? null : adminApiKey.strip();
        if (adminApiKey != null && adminApiKey.length() < MIN_ADMIN_API_KEY_LENGTH) {
            throw new IllegalArgumentException(
                    "COLLABSCREEN_ADMIN_API_KEY (collabscreen.security.admin-api-key) must be at least "
                            + MIN_ADMIN_API_KEY_LENGTH + " characters, e.g. from: openssl rand -base64 32");
        }
    }

    /**
     * A token bucket per key: {@code requests} per {@code period}, refilled gradually; a burst may use all at once.
     *
     * @param requests      requests per period; a batch counts its items
     * @param period        the period
     * @param maxConcurrent requests of one key in progress at once, on each instance
     * @param scope         {@code CLUSTER}: the bucket lives in PostgreSQL and every instance on the database charges
     *                      it; {@code INSTANCE}: each instance keeps its own
     * @param syncEvery     the local fast path of a cluster bucket: an instance charges up to this many requests from
     *                      its own copy of the bucket before it settles them with the database; 0 (the default): 1 %
     *                      of {@code requests}, at least 1
     * @param syncWithin    ... or for at most this long
     */
    record RateLimit(
            @DefaultValue("600") @Min(1) long requests,
            @DefaultValue("1m") Duration period,
            @DefaultValue("32") @Min(1) int maxConcurrent,
            @DefaultValue("CLUSTER") Scope scope,
            @DefaultValue("0") @Min(0) long syncEvery,
            @DefaultValue("500ms") Duration syncWithin) {

        /** The requests an instance charges locally between two settlements with the database. */
        long unsynchronisedRequests() {
            return syncEvery > 0 ? syncEvery : Math.max(1, requests / 100);
        }

        enum Scope {
            CLUSTER,
            INSTANCE
        }
    }

    /**
     * A token bucket per client address for requests without a valid API key: each 401 costs a token.
     *
     * @param requests 401 answers per period
     * @param period   the period
     */
    record Unauthenticated(
            @DefaultValue("60") @Min(1) long requests,
            @DefaultValue("1m") Duration period) {}

    /**
     * CORS for browser applications.
     *
     * @param allowedOrigins exact origins such as {@code https://compliance.example.org}; none by default
     */
    record Cors(@DefaultValue List<String> allowedOrigins) {}
}
