package org.collabscreen.proposal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Idempotent retries.
 *
 * @param retention how long a key's response is replayed; after that the key may be used afresh
 */
@ConfigurationProperties("collabscreen.idempotency")
record IdempotencyProperties(@DefaultValue("24h") Duration retention) {}
