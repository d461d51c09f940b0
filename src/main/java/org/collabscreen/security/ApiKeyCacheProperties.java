package org.collabscreen.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How checked API keys are remembered between requests.
 *
 * @param ttl              how long a check is trusted without news from the database: the bound on a revocation
 *                         whose notification was lost (the listener reconnects and clears the cache as it does)
 * @param maximumKeys      the most key hashes remembered at once, known or unknown
 */
@Validated
@ConfigurationProperties("collabscreen.security.key-cache")
record ApiKeyCacheProperties(
        @DefaultValue("5s") Duration ttl,
        @DefaultValue("10000") @Min(1) long maximumKeys) {}
