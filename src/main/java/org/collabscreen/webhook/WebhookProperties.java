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
 */
@ConfigurationProperties("collabscreen.webhooks")
record WebhookProperties(
        @DefaultValue("true") boolean deliveryEnabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("15m") Duration maxBackoff,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("20") int claimSize) {

    /** The wait before attempt {@code attempts + 1}: initial × 2^(attempts − 1), at most {@code maxBackoff}. */
    Duration backoffAfter(int attempts) {
        Duration backoff = initialBackoff;
        for (int i = 1; i < attempts && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
