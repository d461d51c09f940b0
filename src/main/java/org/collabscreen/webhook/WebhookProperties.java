package org.collabscreen.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery.
 *
 * @param deliveryEnabled whether this instance sends deliveries (every instance may; rows are claimed, not shared)
 * @param pollInterval    how often the worker looks for due deliveries
 * @param initialBackoff  wait after the first failed attempt; doubled after each further failure
 * @param maxBackoff      the longest wait between two attempts
 * @param giveUpAfter     a delivery still failing this long after its event is marked FAILED
 * @param timeout         connect and response timeout of one attempt
 * @param claimSize       deliveries claimed per poll
 * @param concurrency     deliveries sent at once by this instance
 * @param perReceiver     deliveries sent at once to one receiver (scheme, host and port): a slow receiver holds no more
 * @param allowHttp       whether webhooks may use plain http (off: https only)
 * @param allowLoopback   whether webhooks may point to loopback addresses, for a receiver on the same machine (off);
 *                        private, link-local, metadata and other non-public addresses are refused regardless
 */
@ConfigurationProperties("collabscreen.webhooks")
record WebhookProperties(
        @DefaultValue("true") boolean deliveryEnabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("15m") Duration maxBackoff,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("20") int claimSize,
        @DefaultValue("8") int concurrency,
        @DefaultValue("2") int perReceiver,
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue("false") boolean allowLoopback) {

    WebhookProperties {
        if (concurrency < 1 || perReceiver < 1) {
            throw new IllegalArgumentException("collabscreen.webhooks.concurrency and per-receiver must be at least 1");
        }
    }

    /** The wait before attempt {@code attempts + 1}: initial × 2^(attempts − 1), at most {@code maxBackoff}. */
    Duration backoffAfter(int attempts) {
        Duration backoff = initialBackoff;
        for (int i = 1; i < attempts && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
